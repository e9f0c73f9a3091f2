package fi.osaava.membership.governance.meeting;

import org.jspecify.annotations.Nullable;

/** One item of a meeting's agenda; {@code proposedByOrganisationId} when a core actor brought it. */
public record AgendaItem(String itemId, String title, String description, @Nullable String proposedByOrganisationId) {
}
