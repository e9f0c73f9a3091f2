package fi.osaava.portal.organisation;

import org.jspecify.annotations.Nullable;

/** One of the organisation's contact persons, as membership-service shows them to the organisation itself. */
public record ContactPerson(String id, String name, @Nullable String role, String email, String language,
                            boolean listed, boolean receivesAlerts) {
}
