package fi.osaava.needs.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * The bodies of the events a competence need raises on {@code needs.competence-needs.v1}, one record
 * per type; each type's JSON Schema and example are in infra/contracts. Every body carries the need id
 * and the reporting organisation, and the status after the transition, so a consumer needs no lookups.
 */
public final class NeedEvents {

    static final String PREFIX = "fi.osaava.needs.competence-need.";

    private NeedEvents() {
    }

    public record Published(String needId, String reportingOrganisationId, String region, List<String> competenceAreas,
                            TargetGroup targetGroup, String title, String description, int estimatedLearners,
                            Horizon horizon, @Nullable LocalDate earliestStart, @Nullable LocalDate latestStart,
                            Instant publishedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "published.v1";
    }

    public record Updated(String needId, String reportingOrganisationId, NeedStatus status, String region,
                          List<String> competenceAreas, TargetGroup targetGroup, String title, String description,
                          int estimatedLearners, int totalDemand, Horizon horizon, @Nullable LocalDate earliestStart,
                          @Nullable LocalDate latestStart, Instant updatedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "updated.v1";
    }

    public record Answered(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                           String title, List<String> competenceAreas, String region, NeedStatus status,
                           String answerId, String answeringOrganisationId, AnswerKind kind, @Nullable String offeringId,
                           String message, @Nullable LocalDate expectedStart, Instant answeredAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "answered.v1";
    }

    /**
     * The need's coverage grew: an offering covers it that did not, or a covering offering covers more of its
     * areas. Raised also when areas stay uncovered, so the reporter and the endorsers hear of an offering that
     * answers their need in part; it carries what they are told (who, what, where), so no lookups are needed.
     * {@code gainedOfferings} names only the offerings that gained, each with all the areas it covers now;
     * {@code status} and {@code uncoveredAreas} are the need's after the change.
     */
    public record CoverageGained(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                                 String title, String region, List<String> competenceAreas, TargetGroup targetGroup,
                                 NeedStatus status, List<CoveringOffering> gainedOfferings, List<String> uncoveredAreas,
                                 Instant gainedAt) {
        public static final String TYPE = PREFIX + "coverage-gained.v1";
    }

    public record Covered(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                          String title, List<CoveringOffering> coveringOfferings, Instant coveredAt) {
        public static final String TYPE = PREFIX + "covered.v1";
    }

    public record CoverageLost(String needId, String reportingOrganisationId, NeedStatus status,
                               List<String> uncoveredAreas, List<CoveringOffering> coveringOfferings, Instant lostAt) {
        public static final String TYPE = PREFIX + "coverage-lost.v1";
    }

    public record Closed(String needId, String reportingOrganisationId, NeedStatus previousStatus, String reason,
                         Instant closedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "closed.v1";
    }

    public record Withdrawn(String needId, String reportingOrganisationId, NeedStatus previousStatus, String reason,
                            Instant withdrawnAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "withdrawn.v1";
    }

    public record Prioritised(String needId, String reportingOrganisationId, @Nullable Priority priority,
                              @Nullable Priority previousPriority, String reason, Instant prioritisedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "prioritised.v1";
    }

    public record Endorsed(String needId, String reportingOrganisationId, String organisationId, int learners,
                           int totalDemand, Instant endorsedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "endorsed.v1";
    }

    public record EndorsementWithdrawn(String needId, String reportingOrganisationId, String organisationId,
                                       int totalDemand, Instant withdrawnAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "endorsement-withdrawn.v1";
    }
}
