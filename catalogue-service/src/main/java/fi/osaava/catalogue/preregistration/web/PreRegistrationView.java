package fi.osaava.catalogue.preregistration.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.preregistration.PreRegistration;
import fi.osaava.catalogue.preregistration.PreRegistrationStatus;

/** One organisation's pre-registration as the provider and the coordinator see it in the list. */
record PreRegistrationView(String id, String organisationId, int seats, PreRegistrationStatus status,
                           Instant registeredAt, Instant updatedAt, @Nullable Instant committedAt,
                           @Nullable Instant cancelledAt) {

    static PreRegistrationView of(PreRegistration p) {
        return new PreRegistrationView(p.id(), p.organisationId(), p.seats(), p.status(), p.registeredAt(),
                p.updatedAt(), p.committedAt(), p.cancelledAt());
    }
}
