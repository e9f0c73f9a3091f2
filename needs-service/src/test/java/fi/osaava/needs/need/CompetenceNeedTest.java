package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxEvent;
import fi.osaava.kit.event.RaisedEvent;

import fi.osaava.kit.domain.ConflictException;

class CompetenceNeedTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy PSHVA = new ActedBy("org-pshva", "user-1");

    static NeedDraft medicationSafety() {
        return NeedDraftBuilder.aNeed().withDescription("Kotihoidon lääkehoidon osaaminen").build();
    }

    @Test
    void aDraftRaisesNoEvent() {
        CompetenceNeed need = CompetenceNeed.draft(medicationSafety(), NOW);

        assertThat(need.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(need.raisedEvents()).isEmpty();
    }

    @Test
    void publishingRaisesCompetenceNeedPublishedWithTheNeedsContent() {
        CompetenceNeed need = CompetenceNeed.draft(medicationSafety(), NOW);

        need.publish(NOW.plusSeconds(60), PSHVA);

        assertThat(need.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(need.publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(need.raised()).singleElement().extracting(RaisedEvent::type)
                .isEqualTo("fi.osaava.needs.competence-need.published.v1");
        assertThat(need.raisedEvents(NeedPublished.class)).singleElement().satisfies(published -> {
            assertThat(published.needId()).isEqualTo(need.id());
            assertThat(published.region()).isEqualTo("11");
            assertThat(published.competenceAreas()).containsExactly("medication-safety");
            assertThat(published.targetGroup()).isEqualTo(TargetGroup.STAFF);
            assertThat(published.estimatedLearners()).isEqualTo(120);
            assertThat(published.publishedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(published.actedBy()).isEqualTo(new ActedBy("org-pshva", "user-1"));
        });
        assertThat(need.stageRaisedEvents()).singleElement().extracting(OutboxEvent::subject).isEqualTo(need.id());
    }

    @Test
    void aPublishedNeedCannotBePublishedAgain() {
        CompetenceNeed need = CompetenceNeed.draft(medicationSafety(), NOW);
        need.publish(NOW, PSHVA);

        assertThatThrownBy(() -> need.publish(NOW, PSHVA)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a DRAFT can be published");
        assertThat(need.raisedEvents()).hasSize(1);
    }
}
