package fi.osaava.membership.ecosystem;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/** Body of {@value #TYPE} on {@code membership.ecosystems.v1}, key = ecosystemId; schema in infra/contracts. */
@EventType(EcosystemUpdated.TYPE)
public record EcosystemUpdated(String ecosystemId, String name, String description, List<String> regions,
                               String coordinatorOrganisationId, String previousCoordinatorOrganisationId,
                               Instant updatedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.membership.ecosystem.updated.v1";
}
