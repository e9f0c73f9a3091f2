package fi.osaava.portal.priorities;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A need of the gap list as needs-service shows it; only what the desk uses (other fields are ignored). */
public record GapNeed(String id, String reportingOrganisationId, String region, List<String> competenceAreas,
                      String targetGroup, String title, @Nullable String description, int estimatedLearners,
                      int totalDemand, String horizon, String status, @Nullable String priority,
                      List<Decision> priorityHistory, List<Endorsement> endorsements, List<String> uncoveredAreas,
                      Instant createdAt, @Nullable Instant publishedAt) {

    /** One setting of the priority: {@code priority} null when the decision cleared it. */
    public record Decision(@Nullable String priority, String reason, Instant decidedAt, String decidedBy) {
    }

    public record Endorsement(String organisationId, int learners) {
    }

    public GapNeed {
        competenceAreas = competenceAreas == null ? List.of() : competenceAreas;
        priorityHistory = priorityHistory == null ? List.of() : priorityHistory;
        endorsements = endorsements == null ? List.of() : endorsements;
        uncoveredAreas = uncoveredAreas == null ? List.of() : uncoveredAreas;
    }

    /** The latest decision, or none. */
    public @Nullable Decision latestDecision() {
        return priorityHistory.isEmpty() ? null : priorityHistory.get(priorityHistory.size() - 1);
    }

    /** The decisions, the latest first. */
    public List<Decision> decisionsLatestFirst() {
        List<Decision> latestFirst = new java.util.ArrayList<>(priorityHistory);
        java.util.Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** Whole days since it was published (since it was created, for one never published). */
    public long ageInDays(Instant now) {
        Instant since = publishedAt == null ? createdAt : publishedAt;
        return Math.max(0, Duration.between(since, now).toDays());
    }

    public boolean isOpen() {
        return List.of("PUBLISHED", "ANSWERED", "COVERED").contains(status);
    }
}
