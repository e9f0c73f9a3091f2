package fi.osaava.catalogue.preregistration.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.preregistration.PreRegistrationManagement.Outcome;
import fi.osaava.catalogue.preregistration.PreRegistrationStatus;

/** The caller's own pre-registration, with the offering's capacity and free seats (and nobody else's). */
record MyPreRegistrationView(String id, String offeringId, String organisationId, int seats,
                             PreRegistrationStatus status, Instant registeredAt, Instant updatedAt,
                             @Nullable Instant committedAt, @Nullable Instant cancelledAt,
                             @Nullable Integer capacity, @Nullable Integer freeSeats) {

    static MyPreRegistrationView of(Outcome outcome) {
        var p = outcome.preRegistration();
        return new MyPreRegistrationView(p.id(), outcome.ledger().offeringId(), p.organisationId(), p.seats(),
                p.status(), p.registeredAt(), p.updatedAt(), p.committedAt(), p.cancelledAt(),
                outcome.ledger().capacity(), outcome.ledger().freeSeats());
    }
}
