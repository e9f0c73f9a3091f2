package fi.osaava.needs.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * A need became visible to the ecosystem: what, where, for whom, how many and when.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedPublished.TYPE)
public record NeedPublished(String needId, String reportingOrganisationId, String region, List<String> competenceAreas,
                            TargetGroup targetGroup, String title, String description, int estimatedLearners,
                            Horizon horizon, @Nullable LocalDate earliestStart, @Nullable LocalDate latestStart,
                            Instant publishedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.published.v1";

    /** The need as it is published: what, where, for whom, how many and when. */
    static NeedPublished of(CompetenceNeed need, Instant now, ActedBy actedBy) {
        DesiredTiming timing = need.desiredTiming();
        return new NeedPublished(need.id(), need.reportingOrganisationId(), need.region(), need.competenceAreas(),
                need.targetGroup(), need.title(), need.description(), need.estimatedLearners(), need.horizon(),
                timing.earliestStart(), timing.latestStart(), now, actedBy);
    }
}
