package fi.osaava.needs.need;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * The reporter took back an open need.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedWithdrawn.TYPE)
public record NeedWithdrawn(String needId, String reportingOrganisationId, NeedStatus previousStatus, String reason,
                            Instant withdrawnAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.withdrawn.v1";
}
