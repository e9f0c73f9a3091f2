package fi.osaava.catalogue.preregistration;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}: the seats are free again; {@code wasCommitted} tells a binding one from a tentative one. */
@EventType(PreRegistrationCancelled.TYPE)
public record PreRegistrationCancelled(String offeringId, String providerOrganisationId, String preRegistrationId,
                                       String organisationId, int seats, boolean wasCommitted, int reservedSeats,
                                       int committedSeats, @Nullable Integer capacity, Instant cancelledAt,
                                       ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.pre-registration.cancelled.v1";
}
