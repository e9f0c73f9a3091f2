package fi.osaava.needs.need;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * The reporter or the coordinator closed an open need: it has been dealt with, or is no longer current.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedClosed.TYPE)
public record NeedClosed(String needId, String reportingOrganisationId, NeedStatus previousStatus, String reason,
                         Instant closedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.closed.v1";
}
