package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;

import fi.osaava.kit.domain.ConflictException;

class CompetenceNeedTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy PSHVA = new ActedBy("org-pshva", "user-1");

    static NeedDraft medicationSafety() {
        return new NeedDraft("org-pshva", "11", List.of("medication-safety"), TargetGroup.STAFF,
                "Lääkehoidon turvallisuus kotihoidossa", "Kotihoidon lääkehoidon osaaminen", 120, Horizon.WITHIN_A_YEAR, DesiredTiming.ANY);
    }

    @Test
    void aDraftRaisesNoEvent() {
        CompetenceNeed need = CompetenceNeed.draft(medicationSafety(), NOW);

        assertThat(need.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(need.pendingEvents()).isEmpty();
    }

    @Test
    void publishingRaisesCompetenceNeedPublishedWithTheNeedsContent() {
        CompetenceNeed need = CompetenceNeed.draft(medicationSafety(), NOW);

        need.publish(NOW.plusSeconds(60), PSHVA);

        assertThat(need.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(need.publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(need.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("fi.osaava.needs.competence-need.published.v1");
            assertThat(event.subject()).isEqualTo(need.id());
            assertThat(event.payload()).contains("\"region\":\"11\"", "\"competenceAreas\":[\"medication-safety\"]",
                    "\"targetGroup\":\"STAFF\"", "\"estimatedLearners\":120", "\"publishedAt\":\"2026-11-23T09:01:00Z\"",
                    "\"actedBy\":{\"organisationId\":\"org-pshva\",\"subject\":\"user-1\"}");
        });
    }

    @Test
    void aPublishedNeedCannotBePublishedAgain() {
        CompetenceNeed need = CompetenceNeed.draft(medicationSafety(), NOW);
        need.publish(NOW, PSHVA);

        assertThatThrownBy(() -> need.publish(NOW, PSHVA)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a DRAFT can be published");
        assertThat(need.pendingEvents()).hasSize(1);
    }
}
