package fi.osaava.catalogue.preregistration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One organisation's seats on one offering, kept inside the offering's {@link SeatLedger}. */
public record PreRegistration(String id, String organisationId, int seats, PreRegistrationStatus status,
                              Instant registeredAt, Instant updatedAt, @Nullable Instant committedAt,
                              @Nullable Instant cancelledAt, String actedBySubject) {

    boolean isActive() {
        return status.holdsSeats();
    }

    PreRegistration withSeats(int newSeats, Instant now, String subject) {
        return new PreRegistration(id, organisationId, newSeats, status, registeredAt, now, committedAt, cancelledAt,
                subject);
    }

    PreRegistration committed(Instant now, String subject) {
        return new PreRegistration(id, organisationId, seats, PreRegistrationStatus.COMMITTED, registeredAt, now, now,
                cancelledAt, subject);
    }

    PreRegistration cancelled(Instant now, String subject) {
        return new PreRegistration(id, organisationId, seats, PreRegistrationStatus.CANCELLED, registeredAt, now,
                committedAt, now, subject);
    }
}
