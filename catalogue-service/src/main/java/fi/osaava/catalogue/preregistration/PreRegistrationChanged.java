package fi.osaava.catalogue.preregistration;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}: the seat count of a not yet committed pre-registration changed. */
@EventType(PreRegistrationChanged.TYPE)
public record PreRegistrationChanged(String offeringId, String providerOrganisationId, String preRegistrationId,
                                     String organisationId, int seats, int previousSeats, int reservedSeats,
                                     int committedSeats, @Nullable Integer capacity, Instant changedAt,
                                     ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.pre-registration.changed.v1";
}
