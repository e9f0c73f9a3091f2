package fi.osaava.membership.ecosystem.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.ecosystem.Ecosystem;

record EcosystemView(String id, String name, String description, List<String> regions,
                     String coordinatorOrganisationId, Instant foundedAt, @Nullable Instant updatedAt) {

    static EcosystemView of(Ecosystem ecosystem) {
        return new EcosystemView(ecosystem.id(), ecosystem.name(), ecosystem.description(), ecosystem.regions(),
                ecosystem.coordinatorOrganisationId(), ecosystem.foundedAt(), ecosystem.updatedAt());
    }
}
