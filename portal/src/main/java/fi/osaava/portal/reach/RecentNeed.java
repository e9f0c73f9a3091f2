package fi.osaava.portal.reach;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A need as the reach's choice lists it (needs-service's list, other fields ignored). */
public record RecentNeed(String id, String title, String status, @Nullable String region, @Nullable Instant createdAt) {
}
