package fi.osaava.needs.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * The reporter corrected an open need; the body is the need as it is after the correction.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedUpdated.TYPE)
public record NeedUpdated(String needId, String reportingOrganisationId, NeedStatus status, String region,
                          List<String> competenceAreas, TargetGroup targetGroup, String title, String description,
                          int estimatedLearners, int totalDemand, Horizon horizon, @Nullable LocalDate earliestStart,
                          @Nullable LocalDate latestStart, Instant updatedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.updated.v1";

    /** The need as it is after the reporter's correction. */
    static NeedUpdated of(CompetenceNeed need, Instant now, ActedBy actedBy) {
        DesiredTiming timing = need.desiredTiming();
        return new NeedUpdated(need.id(), need.reportingOrganisationId(), need.status(), need.region(),
                need.competenceAreas(), need.targetGroup(), need.title(), need.description(),
                need.estimatedLearners(), need.totalDemand(), need.horizon(), timing.earliestStart(),
                timing.latestStart(), now, actedBy);
    }
}
