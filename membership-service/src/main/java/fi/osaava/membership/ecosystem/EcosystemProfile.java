package fi.osaava.membership.ecosystem;

import java.util.List;

/** What the founding meeting decides about an ecosystem, and may change later. */
public record EcosystemProfile(String name, String description, List<String> regions, String coordinatorOrganisationId) {

    public EcosystemProfile {
        regions = List.copyOf(regions);
    }
}
