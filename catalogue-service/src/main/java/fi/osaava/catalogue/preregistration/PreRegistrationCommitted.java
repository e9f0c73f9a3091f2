package fi.osaava.catalogue.preregistration;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}: the organisation bound itself to its seats. */
@EventType(PreRegistrationCommitted.TYPE)
public record PreRegistrationCommitted(String offeringId, String providerOrganisationId, String preRegistrationId,
                                       String organisationId, int seats, int reservedSeats, int committedSeats,
                                       @Nullable Integer capacity, Instant committedAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.pre-registration.committed.v1";
}
