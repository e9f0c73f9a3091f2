package fi.osaava.needs.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * An education provider answered an open need, with one of its offerings or a plan.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedAnswered.TYPE)
public record NeedAnswered(String needId, String reportingOrganisationId, List<String> endorsingOrganisationIds,
                           String title, List<String> competenceAreas, String region, NeedStatus status,
                           String answerId, String answeringOrganisationId, AnswerKind kind, @Nullable String offeringId,
                           String message, @Nullable LocalDate expectedStart, Instant answeredAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.answered.v1";

    /** The answer as the need keeps it, with what its reporter and endorsers are told of the need. */
    static NeedAnswered of(CompetenceNeed need, Answer answer, Instant now, ActedBy actedBy) {
        return new NeedAnswered(need.id(), need.reportingOrganisationId(), need.endorsingOrganisationIds(),
                need.title(), need.competenceAreas(), need.region(), need.status(), answer.answerId(),
                answer.organisationId(), answer.kind(), answer.offeringId(), answer.message(),
                answer.expectedStart(), now, actedBy);
    }
}
