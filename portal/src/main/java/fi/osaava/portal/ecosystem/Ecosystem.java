package fi.osaava.portal.ecosystem;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An ecosystem as membership-service shows it to anyone; only what the pages use. */
public record Ecosystem(String id, String name, @Nullable String description, List<String> regions) {

    public Ecosystem {
        regions = regions == null ? List.of() : regions;
    }
}
