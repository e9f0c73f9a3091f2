package fi.osaava.needs.need;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * An organisation withdrew its endorsement; {@code totalDemand} is the need's after it.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedEndorsementWithdrawn.TYPE)
public record NeedEndorsementWithdrawn(String needId, String reportingOrganisationId, String organisationId,
                                       int totalDemand, Instant withdrawnAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.endorsement-withdrawn.v1";
}
