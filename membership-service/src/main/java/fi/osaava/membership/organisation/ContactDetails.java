package fi.osaava.membership.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation tells about one of its contact persons.
 *
 * @param language       {@code fi}, {@code sv} or {@code en}: the language to write to the person in
 * @param listed         the person consents to be listed in the member directory (seen by other members)
 * @param receivesAlerts alerts for the organisation go to this person
 */
public record ContactDetails(String name, @Nullable String role, String email, String language, boolean listed,
                             boolean receivesAlerts) {
}
