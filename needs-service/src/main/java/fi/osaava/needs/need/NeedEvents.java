package fi.osaava.needs.need;

import fi.osaava.kit.event.EventType;
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

    @EventType(Published.TYPE)
    public record Published(String needId, String reportingOrganisationId, String region, List<String> competenceAreas,
                            TargetGroup targetGroup, String title, String description, int estimatedLearners,
                            Horizon horizon, @Nullable LocalDate earliestStart, @Nullable LocalDate latestStart,
                            Instant publishedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "published.v1";

        /** The need as it is published: what, where, for whom, how many and when. */
        static Published of(CompetenceNeed need, Instant now, ActedBy actedBy) {
            DesiredTiming timing = need.desiredTiming();
            return new Published(need.id(), need.reportingOrganisationId(), need.region(), need.competenceAreas(),
                    need.targetGroup(), need.title(), need.description(), need.estimatedLearners(), need.horizon(),
                    timing.earliestStart(), timing.latestStart(), now, actedBy);
        }
    }

    @EventType(Updated.TYPE)
    public record Updated(String needId, String reportingOrganisationId, NeedStatus status, String region,
                          List<String> competenceAreas, TargetGroup targetGroup, String title, String description,
                          int estimatedLearners, int totalDemand, Horizon horizon, @Nullable LocalDate earliestStart,
                          @Nullable LocalDate latestStart, Instant updatedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "updated.v1";

        /** The need as it is after the reporter's correction. */
        static Updated of(CompetenceNeed need, Instant now, ActedBy actedBy) {
            DesiredTiming timing = need.desiredTiming();
            return new Updated(need.id(), need.reportingOrganisationId(), need.status(), need.region(),
                    need.competenceAreas(), need.targetGroup(), need.title(), need.description(),
                    need.estimatedLearners(), need.totalDemand(), need.horizon(), timing.earliestStart(),
                    timing.latestStart(), now, actedBy);
        }
    }

    @EventType(Answered.TYPE)
    public record Answered(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                           String title, List<String> competenceAreas, String region, NeedStatus status,
                           String answerId, String answeringOrganisationId, AnswerKind kind, @Nullable String offeringId,
                           String message, @Nullable LocalDate expectedStart, Instant answeredAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "answered.v1";

        /** The answer as the need keeps it, with what its reporter and endorsers are told of the need. */
        static Answered of(CompetenceNeed need, Answer answer, Instant now, ActedBy actedBy) {
            return new Answered(need.id(), need.reportingOrganisationId(), need.endorsingOrganisationIds(),
                    need.title(), need.competenceAreas(), need.region(), need.status(), answer.answerId(),
                    answer.organisationId(), answer.kind(), answer.offeringId(), answer.message(),
                    answer.expectedStart(), now, actedBy);
        }
    }

    /**
     * The need's coverage grew: an offering covers it that did not, or a covering offering covers more of its
     * areas. Raised also when areas stay uncovered, so the reporter and the endorsers hear of an offering that
     * answers their need in part; it carries what they are told (who, what, where), so no lookups are needed.
     * {@code gainedOfferings} names only the offerings that gained, each with all the areas it covers now;
     * {@code status} and {@code uncoveredAreas} are the need's after the change.
     */
    @EventType(CoverageGained.TYPE)
    public record CoverageGained(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                                 String title, String region, List<String> competenceAreas, TargetGroup targetGroup,
                                 NeedStatus status, List<CoveringOffering> gainedOfferings, List<String> uncoveredAreas,
                                 Instant gainedAt) {
        public static final String TYPE = PREFIX + "coverage-gained.v1";

        static CoverageGained of(CompetenceNeed need, List<CoveringOffering> gainedOfferings, Instant now) {
            return new CoverageGained(need.id(), need.reportingOrganisationId(), need.endorsingOrganisationIds(),
                    need.title(), need.region(), need.competenceAreas(), need.targetGroup(), need.status(),
                    gainedOfferings, need.uncoveredAreas(), now);
        }
    }

    @EventType(Covered.TYPE)
    public record Covered(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                          String title, List<CoveringOffering> coveringOfferings, Instant coveredAt) {
        public static final String TYPE = PREFIX + "covered.v1";

        static Covered of(CompetenceNeed need, Instant now) {
            return new Covered(need.id(), need.reportingOrganisationId(), need.endorsingOrganisationIds(),
                    need.title(), need.coveringOfferings(), now);
        }
    }

    @EventType(CoverageLost.TYPE)
    public record CoverageLost(String needId, String reportingOrganisationId, NeedStatus status,
                               List<String> uncoveredAreas, List<CoveringOffering> coveringOfferings, Instant lostAt) {
        public static final String TYPE = PREFIX + "coverage-lost.v1";

        static CoverageLost of(CompetenceNeed need, Instant now) {
            return new CoverageLost(need.id(), need.reportingOrganisationId(), need.status(), need.uncoveredAreas(),
                    need.coveringOfferings(), now);
        }
    }

    @EventType(Closed.TYPE)
    public record Closed(String needId, String reportingOrganisationId, NeedStatus previousStatus, String reason,
                         Instant closedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "closed.v1";
    }

    @EventType(Withdrawn.TYPE)
    public record Withdrawn(String needId, String reportingOrganisationId, NeedStatus previousStatus, String reason,
                            Instant withdrawnAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "withdrawn.v1";
    }

    @EventType(Prioritised.TYPE)
    public record Prioritised(String needId, String reportingOrganisationId, @Nullable Priority priority,
                              @Nullable Priority previousPriority, String reason, Instant prioritisedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "prioritised.v1";
    }

    @EventType(Endorsed.TYPE)
    public record Endorsed(String needId, String reportingOrganisationId, String organisationId, int learners,
                           int totalDemand, Instant endorsedAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "endorsed.v1";
    }

    @EventType(EndorsementWithdrawn.TYPE)
    public record EndorsementWithdrawn(String needId, String reportingOrganisationId, String organisationId,
                                       int totalDemand, Instant withdrawnAt, ActedBy actedBy) {
        public static final String TYPE = PREFIX + "endorsement-withdrawn.v1";
    }
}
