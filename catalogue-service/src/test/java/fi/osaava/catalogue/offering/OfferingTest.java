package fi.osaava.catalogue.offering;

import static fi.osaava.catalogue.offering.OfferingDraftBuilder.aWebinar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;

import fi.osaava.kit.domain.ConflictException;

class OfferingTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy TAMK = new ActedBy("org-tamk", "tamk-course-system");

    static final Instant STARTS = OfferingDraftBuilder.STARTS;
    static final Instant ENDS = OfferingDraftBuilder.ENDS;

    static OfferingDraft webinar() {
        return aWebinar().build();
    }

    static OfferingDraft webinar(String title) {
        return aWebinar().withTitle(title).build();
    }

    /** Events carry no personal data: no field of the record holds the contact person or any part of it. */
    static void assertCarriesNoContact(Record event) {
        assertThat(event.getClass().getRecordComponents()).extracting(RecordComponent::getName)
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("contact"));
        assertThat(event.toString()).doesNotContain("tiina", "Tiina");
    }

    @Test
    void publishingPutsTheOfferingOnTheTrayAndRaisesOfferingPublished() {
        Offering offering = Offering.draft(webinar(), NOW);
        assertThat(offering.raisedEvents()).isEmpty();

        offering.publish(NOW, TAMK);

        assertThat(offering.status()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(OfferingPublished.TYPE).isEqualTo("fi.osaava.catalogue.offering.published.v1");
        assertThat(offering.raisedEvents()).singleElement().isInstanceOfSatisfying(OfferingPublished.class, event -> {
            assertThat(event.category()).isEqualTo(Category.FREE_TRAINING_WEBINAR_TOOL);
            assertThat(event.regions()).containsExactly("06");
            assertThat(event.titles()).isEqualTo(LocalizedText.in("fi", "Lääkehoidon osaaminen ja LOVe-täydennys"));
            assertThat(event.delivery()).extracting(Delivery::mode).isEqualTo(DeliveryMode.ONLINE);
            assertThat(event.endsAt()).isEqualTo(ENDS);
            assertThat(event.teachingLanguages()).containsExactly("fi");
            assertCarriesNoContact(event);
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
        assertThat(offering.raisedEvents()).hasSize(1);

        assertThat(offering.revise(webinar("LOVe-täydennys 2026"), null, NOW, TAMK)).isTrue();

        assertThat(offering.title()).isEqualTo("LOVe-täydennys 2026");
        assertThat(offering.raisedEvents()).extracting(Object::getClass)
                .containsExactly(OfferingPublished.class, OfferingUpdated.class);
        assertThat(offering.raisedEvents(OfferingUpdated.class)).singleElement().satisfies(event -> {
            assertThat(event.externalId()).isEqualTo("TAMK-7");
            assertThat(event.startsAt()).isEqualTo(STARTS);
            assertThat(event.pricing()).isEqualTo(Pricing.free());
            assertThat(event.pricing().kind()).isEqualTo(PricingKind.FREE);
            assertCarriesNoContact(event);
        });
    }

    @Test
    void aRevisedDraftRaisesNothingBecauseNobodyHasSeenIt() {
        Offering offering = Offering.draft(webinar(), NOW);
        assertThat(offering.revise(webinar("Toinen nimi"), null, NOW, TAMK)).isTrue();
        assertThat(offering.raisedEvents()).isEmpty();
    }

    @Test
    void withdrawingAPublishedOfferingRaisesOfferingWithdrawnAndAWithdrawnOneChangesNoMore() {
        Offering offering = Offering.draft(webinar(), NOW);
        offering.publish(NOW, TAMK);

        offering.withdraw("Peruttu", NOW, TAMK);

        assertThat(offering.status()).isEqualTo(OfferingStatus.WITHDRAWN);
        assertThat(offering.withdrawalReason()).isEqualTo("Peruttu");
        assertThat(offering.raisedEvents()).last().isInstanceOfSatisfying(OfferingWithdrawn.class,
                event -> assertThat(event.reason()).isEqualTo("Peruttu"));
        assertThatThrownBy(() -> offering.withdraw("again", NOW, TAMK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.publish(NOW, TAMK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.revise(webinar(), null, NOW, TAMK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawingADraftRaisesNothing() {
        Offering offering = Offering.draft(webinar(), NOW);

        offering.withdraw("Ei toteudu", NOW, TAMK);

        assertThat(offering.status()).isEqualTo(OfferingStatus.WITHDRAWN);
        assertThat(offering.raisedEvents()).isEmpty();
    }

    @Test
    void aPublishedOfferingThatHasEndedIsArchivedOnceAndThenChangesNoMore() {
        Offering offering = Offering.draft(webinar(), NOW);
        offering.publish(NOW, TAMK);
        assertThat(offering.hasEnded(ENDS)).isFalse();
        assertThatThrownBy(() -> offering.archive(ENDS)).isInstanceOf(ConflictException.class);

        Instant later = ENDS.plusSeconds(60);
        assertThat(offering.hasEnded(later)).isTrue();
        offering.archive(later);

        assertThat(offering.status()).isEqualTo(OfferingStatus.ARCHIVED);
        assertThat(offering.archivedAt()).isEqualTo(later);
        assertThat(offering.raisedEvents()).last().isInstanceOfSatisfying(OfferingArchived.class,
                event -> assertThat(event.endsAt()).isEqualTo(ENDS));
        assertThat(offering.hasEnded(later)).isFalse();
        assertThatThrownBy(() -> offering.archive(later)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.withdraw("late", later, TAMK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.revise(webinar("Uusi"), null, later, TAMK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> offering.publish(later, TAMK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftOrAWithdrawnOfferingIsNeverArchived() {
        Offering draft = Offering.draft(webinar(), NOW);
        Offering withdrawn = Offering.draft(webinar(), NOW);
        withdrawn.withdraw("Peruttu", NOW, TAMK);
        Instant later = ENDS.plusSeconds(60);

        for (Offering offering : List.of(draft, withdrawn)) {
            assertThat(offering.hasEnded(later)).isFalse();
            assertThatThrownBy(() -> offering.archive(later)).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void contentThatBreaksTheRulesIsRefusedOnCreationAndOnRevision() {
        OfferingDraft backwards = aWebinar().withTitle("X").withDescriptions(null)
                .withDelivery(new Delivery(DeliveryMode.ONLINE, null, null)).from(ENDS).until(STARTS).withContact(null)
                .build();
        assertThatThrownBy(() -> Offering.draft(backwards, NOW)).isInstanceOf(fi.osaava.kit.domain.InvalidFieldException.class);

        Offering offering = Offering.draft(webinar(), NOW);
        assertThatThrownBy(() -> offering.revise(backwards, null, NOW, TAMK))
                .isInstanceOf(fi.osaava.kit.domain.InvalidFieldException.class);
        assertThat(offering.endsAt()).isEqualTo(ENDS);
    }
}
