package fi.osaava.portal.desk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An ecosystem as the desk chooses among them: membership-service's record of {@code /api/ecosystems}, what the
 * desk uses of it (the regions are what a need is filtered by).
 */
public record DeskEcosystem(String id, String name, @Nullable String coordinatorOrganisationId, List<String> regions) {

    public DeskEcosystem {
        regions = regions == null ? List.of() : regions;
    }
}
