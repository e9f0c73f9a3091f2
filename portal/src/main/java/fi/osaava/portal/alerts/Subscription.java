package fi.osaava.portal.alerts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A subscription as notification-service shows it; only what the page uses. */
public record Subscription(String id, String source, @Nullable String name, List<String> topics,
                           List<String> competenceAreas, List<String> regions, List<String> targetGroups,
                           String channel, String address, String cadence, String language, boolean active,
                           boolean personalised) {

    public Subscription {
        topics = topics == null ? List.of() : topics;
        competenceAreas = competenceAreas == null ? List.of() : competenceAreas;
        regions = regions == null ? List.of() : regions;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    /** Made by hand (through the API or this page): only those can be removed here. */
    public boolean isExplicit() {
        return "EXPLICIT".equals(source);
    }
}
