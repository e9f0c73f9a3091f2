package fi.osaava.catalogue.preregistration.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.preregistration.SeatLedger;

/**
 * An offering's seats: capacity (null = unlimited), held, committed and free seats; the list of
 * pre-registrations only for the provider and the coordinator.
 */
record SeatsView(String offeringId, @Nullable Integer capacity, int reservedSeats, int committedSeats,
                 @Nullable Integer freeSeats, @Nullable List<PreRegistrationView> preRegistrations) {

    static SeatsView withList(SeatLedger ledger) {
        return new SeatsView(ledger.offeringId(), ledger.capacity(), ledger.reservedSeats(), ledger.committedSeats(),
                ledger.freeSeats(), ledger.preRegistrations().stream().map(PreRegistrationView::of).toList());
    }

    /** For any organisation: only how many seats there are and how many are free. */
    static SeatsView totalsOnly(SeatLedger ledger) {
        return new SeatsView(ledger.offeringId(), ledger.capacity(), ledger.reservedSeats(), ledger.committedSeats(),
                ledger.freeSeats(), null);
    }
}
