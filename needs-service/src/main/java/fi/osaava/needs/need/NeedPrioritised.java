package fi.osaava.needs.need;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * The coordinator set, changed or cleared ({@code priority} null) the need's priority, with a reason.
 * <p>
 * One of the events a competence need raises on {@code needs.competence-needs.v1}; its JSON Schema and example are
 * in infra/contracts. Like every need event it carries the need id and the reporting organisation, so a consumer
 * needs no lookups.
 */
@EventType(NeedPrioritised.TYPE)
public record NeedPrioritised(String needId, String reportingOrganisationId, @Nullable Priority priority,
                              @Nullable Priority previousPriority, String reason, Instant prioritisedAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.needs.competence-need.prioritised.v1";
}
