package fi.osaava.portal.members;

import org.jspecify.annotations.Nullable;

/** An ecosystem as the desk chooses among them: membership-service's public record, what the desk uses of it. */
public record DeskEcosystem(String id, String name, @Nullable String coordinatorOrganisationId) {
}
