package fi.osaava.catalogue.offering;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@value #TYPE}: a published offering has ended and left the tray by itself; schema in infra/contracts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(OfferingArchived.TYPE)
public record OfferingArchived(String offeringId, String providerOrganisationId, @Nullable Instant endsAt,
                               Instant archivedAt) {

    public static final String TYPE = "fi.osaava.catalogue.offering.archived.v1";
}
