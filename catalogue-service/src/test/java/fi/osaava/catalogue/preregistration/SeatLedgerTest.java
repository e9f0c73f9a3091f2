package fi.osaava.catalogue.preregistration;

import fi.osaava.kit.domain.NotPermittedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxEvent;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.NotFoundException;

class SeatLedgerTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final String PROVIDER = "org-savonia";

    static OfferingTerms funded(Integer capacity) {
        return terms("PUBLISHED", "FUNDED", capacity, NOW.plus(Duration.ofDays(10)));
    }

    static OfferingTerms terms(String status, String kind, Integer capacity, Instant deadline) {
        return new OfferingTerms("offering-1", PROVIDER, status, "Lääkehoito", kind, capacity, deadline,
                deadline.plus(Duration.ofDays(20)));
    }

    static ActedBy by(String organisation) {
        return new ActedBy(organisation, "client-" + organisation);
    }

    SeatLedger ledger = SeatLedger.empty(funded(10));

    @Test
    void preRegisteringHoldsTheSeatsAndRaisesAnEventWithTheTotalsAfterIt() {
        SeatLedger.Step step = ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));

        assertThat(step.changed()).isTrue();
        assertThat(step.preRegistration().status()).isEqualTo(PreRegistrationStatus.PRE_REGISTERED);
        assertThat(ledger.reservedSeats()).isEqualTo(4);
        assertThat(ledger.freeSeats()).isEqualTo(6);
        assertThat(ledger.raisedEvents()).singleElement().isInstanceOfSatisfying(PreRegistered.class, event -> {
            assertThat(event.offeringId()).isEqualTo("offering-1");
            assertThat(event.seats()).isEqualTo(4);
            assertThat(event.reservedSeats()).isEqualTo(4);
            assertThat(event.capacity()).isEqualTo(10);
            assertThat(event.organisationId()).isEqualTo("org-a");
        });
        assertThat(ledger.stageRaisedEvents()).singleElement().extracting(OutboxEvent::subject).isEqualTo("offering-1");
    }

    @Test
    void theSameRequestAgainChangesNothingButAnotherNumberIsAChange() {
        ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));

        SeatLedger.Step again = ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));

        assertThat(again.changed()).isFalse();
        assertThat(ledger.reservedSeats()).isEqualTo(4);
        assertThat(ledger.raisedEvents()).hasSize(1);
        assertThatThrownBy(() -> ledger.register(funded(10), "org-a", 5, NOW, by("org-a")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already holds 4 seat(s)");
    }

    @Test
    void seatsBeyondTheCapacityAreRefusedSayingHowManyAreLeft() {
        ledger.register(funded(10), "org-a", 8, NOW, by("org-a"));

        assertThatThrownBy(() -> ledger.register(funded(10), "org-b", 3, NOW, by("org-b")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only 2 seat(s) left");
        ledger.register(funded(10), "org-b", 2, NOW, by("org-b"));
        assertThatThrownBy(() -> ledger.register(funded(10), "org-c", 1, NOW, by("org-c")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("full");
        assertThat(ledger.reservedSeats()).isEqualTo(10);
    }

    @Test
    void moreSeatsOnlyWhileFreeFewerAlways() {
        ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));
        ledger.register(funded(10), "org-b", 5, NOW, by("org-b"));

        assertThatThrownBy(() -> ledger.change(funded(10), "org-a", 6, NOW, by("org-a")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only 1 seat(s) left");
        SeatLedger.Step fewer = ledger.change(funded(10), "org-a", 2, NOW, by("org-a"));

        assertThat(fewer.preRegistration().seats()).isEqualTo(2);
        assertThat(ledger.reservedSeats()).isEqualTo(7);
        assertThat(ledger.raisedEvents()).last().isInstanceOfSatisfying(PreRegistrationChanged.class, event -> {
            assertThat(event.previousSeats()).isEqualTo(4);
            assertThat(event.seats()).isEqualTo(2);
        });
    }

    @Test
    void aCommitmentIsBindingAndIdempotent() {
        ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));

        assertThat(ledger.commit(funded(10), "org-a", NOW, by("org-a")).changed()).isTrue();
        assertThat(ledger.commit(funded(10), "org-a", NOW, by("org-a")).changed()).isFalse();

        assertThat(ledger.committedSeats()).isEqualTo(4);
        assertThatThrownBy(() -> ledger.change(funded(10), "org-a", 3, NOW, by("org-a")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("COMMITTED");
        assertThat(ledger.raisedEvents()).extracting(Object::getClass)
                .containsExactly(PreRegistered.class, PreRegistrationCommitted.class);
    }

    @Test
    void cancellingFreesTheSeatsCommittedOrNotAndTheOrganisationMayComeBack() {
        ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));
        ledger.commit(funded(10), "org-a", NOW, by("org-a"));

        SeatLedger.Step cancelled = ledger.cancel(funded(10), "org-a", NOW, by("org-a"));

        assertThat(cancelled.preRegistration().status()).isEqualTo(PreRegistrationStatus.CANCELLED);
        assertThat(ledger.reservedSeats()).isZero();
        assertThat(ledger.committedSeats()).isZero();
        assertThat(ledger.raisedEvents().get(2)).isInstanceOfSatisfying(PreRegistrationCancelled.class, event -> {
            assertThat(event.wasCommitted()).isTrue();
            assertThat(event.reservedSeats()).isZero();
        });
        assertThatThrownBy(() -> ledger.cancel(funded(10), "org-a", NOW, by("org-a")))
                .isInstanceOf(NotFoundException.class);

        SeatLedger.Step back = ledger.register(funded(10), "org-a", 10, NOW, by("org-a"));
        assertThat(back.preRegistration().id()).isNotEqualTo(cancelled.preRegistration().id());
        assertThat(ledger.latestOf("org-a")).contains(back.preRegistration());
        assertThat(ledger.preRegistrations()).hasSize(2);
    }

    @Test
    void onlyPublishedFundedOfferingsBeforeTheirDeadlineTakePreRegistrations() {
        Instant later = NOW.plus(Duration.ofDays(1));
        assertThatThrownBy(() -> ledger.register(terms("WITHDRAWN", "FUNDED", 10, later), "org-a", 1, NOW, by("org-a")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("WITHDRAWN");
        assertThatThrownBy(() -> ledger.register(terms("PUBLISHED", "PAID", 10, later), "org-a", 1, NOW, by("org-a")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only FUNDED");
        assertThatThrownBy(() -> ledger.register(terms("PUBLISHED", "FUNDED", 10, NOW), "org-a", 1, NOW, by("org-a")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("deadline");
        assertThat(ledger.raisedEvents()).isEmpty();
    }

    @Test
    void afterTheDeadlineNothingChangesAnyMoreNotEvenACancellation() {
        ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));
        OfferingTerms closed = terms("PUBLISHED", "FUNDED", 10, NOW.minusSeconds(1));

        assertThatThrownBy(() -> ledger.cancel(closed, "org-a", NOW, by("org-a"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ledger.commit(closed, "org-a", NOW, by("org-a"))).isInstanceOf(ConflictException.class);
        assertThat(ledger.reservedSeats()).isEqualTo(4);
    }

    @Test
    void aWithdrawnOfferingStillLetsOrganisationsCancel() {
        ledger.register(funded(10), "org-a", 4, NOW, by("org-a"));

        ledger.cancel(terms("WITHDRAWN", "FUNDED", 10, NOW.plus(Duration.ofDays(1))), "org-a", NOW, by("org-a"));

        assertThat(ledger.reservedSeats()).isZero();
    }

    @Test
    void theProviderDoesNotPreRegisterToItsOwnOffering() {
        assertThatThrownBy(() -> ledger.register(funded(10), PROVIDER, 1, NOW, by(PROVIDER)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void withoutACapacityEverySeatIsFreeAndALowerCapacityOnlyBlocks() {
        SeatLedger unlimited = SeatLedger.empty(funded(null));
        unlimited.register(funded(null), "org-a", 500, NOW, by("org-a"));
        assertThat(unlimited.freeSeats()).isNull();

        unlimited.adopt(funded(100));
        assertThat(unlimited.freeSeats()).isZero();
        assertThat(unlimited.reservedSeats()).isEqualTo(500);
        assertThatThrownBy(() -> unlimited.register(funded(100), "org-b", 1, NOW, by("org-b")))
                .isInstanceOf(ConflictException.class);
    }
}
