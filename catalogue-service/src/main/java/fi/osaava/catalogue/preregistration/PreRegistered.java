package fi.osaava.catalogue.preregistration;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}: an organisation pre-registered seats; the ledger's totals after the step. */
@EventType(PreRegistered.TYPE)
public record PreRegistered(String offeringId, String providerOrganisationId, String preRegistrationId,
                            String organisationId, int seats, int reservedSeats, int committedSeats,
                            @Nullable Integer capacity, Instant registeredAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.pre-registration.registered.v1";
}
