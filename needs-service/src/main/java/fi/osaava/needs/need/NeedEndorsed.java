package fi.osaava.needs.need;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * Another organisation needs this too, with its own head count; {@code totalDemand} is the need's after it.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedEndorsed.TYPE)
public record NeedEndorsed(String needId, String reportingOrganisationId, String organisationId, int learners,
                           int totalDemand, Instant endorsedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.endorsed.v1";
}
