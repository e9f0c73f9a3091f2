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
}
