package fi.osaava.catalogue.offering;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import fi.osaava.kit.event.ActedBy;

/** Body of {@value #TYPE}: a published offering was taken off the tray; schema in infra/contracts. */
@EventType(OfferingWithdrawn.TYPE)
public record OfferingWithdrawn(String offeringId, String providerOrganisationId, String reason, Instant withdrawnAt,
                                ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.offering.withdrawn.v1";
}
