package fi.osaava.catalogue.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;

import fi.osaava.kit.web.ConflictException;

class OfferingTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy TAMK = new ActedBy("org-tamk", "tamk-course-system");

    static OfferingDraft webinar() {
        return new OfferingDraft("org-tamk", "Lääkehoidon osaaminen ja LOVe-täydennys", "Verkkokoulutus",
                Category.FREE_TRAINING_WEBINAR_TOOL, List.of(TargetGroup.STAFF), List.of("medication-safety"), List.of("06"));
    }

    @Test
    void publishingPutsTheOfferingOnTheTrayAndRaisesOfferingPublished() {
        Offering offering = Offering.draft(webinar(), NOW);
        assertThat(offering.pendingEvents()).isEmpty();

        offering.publish(NOW, TAMK);

        assertThat(offering.status()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(offering.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("fi.osaava.catalogue.offering.published.v1");
            assertThat(event.payload()).contains("\"category\":\"FREE_TRAINING_WEBINAR_TOOL\"", "\"regions\":[\"06\"]");
        });
    }

    @Test
    void aPublishedOfferingCannotBePublishedAgain() {
        Offering offering = Offering.draft(webinar(), NOW);
        offering.publish(NOW, TAMK);

        assertThatThrownBy(() -> offering.publish(NOW, TAMK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRevisedPublishedOfferingRaisesOfferingUpdatedButTheSameContentChangesNothing() {
        Offering offering = Offering.draftFromFeed(webinar(), "TAMK-7", "tamk-course-system", NOW);
        offering.publish(NOW, TAMK);

        assertThat(offering.revise(webinar(), "tamk-course-system", NOW, TAMK)).isFalse();
        assertThat(offering.pendingEvents()).hasSize(1);

        OfferingDraft renamed = new OfferingDraft("org-tamk", "LOVe-täydennys 2026", "Verkkokoulutus",
                Category.FREE_TRAINING_WEBINAR_TOOL, List.of(TargetGroup.STAFF), List.of("medication-safety"), List.of("06"));
        assertThat(offering.revise(renamed, null, NOW, TAMK)).isTrue();

        assertThat(offering.title()).isEqualTo("LOVe-täydennys 2026");
        assertThat(offering.pendingEvents()).extracting(e -> e.type())
                .containsExactly(OfferingPublished.TYPE, OfferingUpdated.TYPE);
        assertThat(offering.pendingEvents().get(1).payload()).contains("\"externalId\":\"TAMK-7\"");
    }

    @Test
    void aRevisedDraftRaisesNothingBecauseNobodyHasSeenIt() {
        Offering offering = Offering.draft(webinar(), NOW);
        OfferingDraft renamed = new OfferingDraft("org-tamk", "Toinen nimi", "", Category.CHANGE_SUPPORT,
                List.of(TargetGroup.SUPERVISORS), List.of("medication-safety"), List.of("06"));

        assertThat(offering.revise(renamed, null, NOW, TAMK)).isTrue();
        assertThat(offering.pendingEvents()).isEmpty();
    }

    @Test
    void withdrawingAPublishedOfferingRaisesOfferingWithdrawnAndAWithdrawnOneChangesNoMore() {
        Offering offering = Offering.draft(webinar(), NOW);
        offering.publish(NOW, TAMK);

        offering.withdraw("Peruttu", NOW, TAMK);

        assertThat(offering.status()).isEqualTo(OfferingStatus.WITHDRAWN);
        assertThat(offering.withdrawalReason()).isEqualTo("Peruttu");
        assertThat(offering.pendingEvents()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(OfferingWithdrawn.TYPE);
            assertThat(event.payload()).contains("\"reason\":\"Peruttu\"");
        });
        assertThatThrownBy(() -> offering.withdraw("again", NOW, TAMK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.publish(NOW, TAMK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.revise(webinar(), null, NOW, TAMK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawingADraftRaisesNothing() {
        Offering offering = Offering.draft(webinar(), NOW);

        offering.withdraw("Ei toteudu", NOW, TAMK);

        assertThat(offering.status()).isEqualTo(OfferingStatus.WITHDRAWN);
        assertThat(offering.pendingEvents()).isEmpty();
    }
}
