package fi.osaava.needs.need;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;

/** Another organisation's "we need this too", with its own head count. One per organisation. */
public record Endorsement(String organisationId, int learners, String comment, Instant endorsedAt, ActedBy actedBy) {
}
