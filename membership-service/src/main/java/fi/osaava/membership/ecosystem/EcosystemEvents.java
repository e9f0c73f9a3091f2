package fi.osaava.membership.ecosystem;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;

/** Bodies of the events an ecosystem raises on {@code membership.ecosystems.v1}; schemas in infra/contracts. */
public final class EcosystemEvents {

    private EcosystemEvents() {
    }

    @EventType(Founded.TYPE)
    public record Founded(String ecosystemId, String name, String description, List<String> regions,
                          String coordinatorOrganisationId, Instant foundedAt, ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.ecosystem.founded.v1";
    }

    @EventType(Updated.TYPE)
    public record Updated(String ecosystemId, String name, String description, List<String> regions,
                          String coordinatorOrganisationId, String previousCoordinatorOrganisationId,
                          Instant updatedAt, ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.ecosystem.updated.v1";
    }
}
