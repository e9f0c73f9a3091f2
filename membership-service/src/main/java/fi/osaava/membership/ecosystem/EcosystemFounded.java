package fi.osaava.membership.ecosystem;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/** Body of {@value #TYPE} on {@code membership.ecosystems.v1}, key = ecosystemId; schema in infra/contracts. */
@EventType(EcosystemFounded.TYPE)
public record EcosystemFounded(String ecosystemId, String name, String description, List<String> regions,
                               String coordinatorOrganisationId, Instant foundedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.membership.ecosystem.founded.v1";
}
