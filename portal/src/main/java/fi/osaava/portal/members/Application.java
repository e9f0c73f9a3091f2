package fi.osaava.portal.members;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A pending application as membership-service shows it to the ecosystem's coordinator; what the page uses. */
public record Application(String organisationId, String name, String businessId, String type, List<String> regions,
                          @Nullable String website, String contactEmail, String requestedRing,
                          @Nullable String motivation, Instant appliedAt) {

    public Application {
        regions = regions == null ? List.of() : regions;
    }
}
