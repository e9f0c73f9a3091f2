package fi.osaava.needs.need;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** One setting of a need's priority by the coordinator, kept as history. */
public record PriorityDecision(@Nullable Priority priority, String reason, Instant decidedAt, ActedBy decidedBy) {
}
