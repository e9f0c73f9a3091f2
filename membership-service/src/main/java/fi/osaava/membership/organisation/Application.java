package fi.osaava.membership.organisation;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** What an organisation asks of an ecosystem when it applies: a ring, and why it wants to take part. */
public record Application(String ecosystemId, Ring requestedRing, @Nullable String motivation) {

    /** Who an anonymous application acts as in the events: the applying organisation itself. */
    static ActedBy applicant(String organisationId) {
        return new ActedBy(organisationId, "public-application");
    }
}
