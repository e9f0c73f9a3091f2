package fi.osaava.membership.organisation;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: one transition of an organisation's participation in an ecosystem, with the
 * organisation's overall status after it (what a consumer that only alerts active organisations needs).
 * One type for every transition: the bodies would be the same, and consumers read the state, not the verb.
 */
@EventType(ParticipationChanged.TYPE)
public record ParticipationChanged(String organisationId, String ecosystemId, Change change,
                                   ParticipationStatus status, @Nullable ParticipationStatus previousStatus, Ring ring,
                                   List<ParticipationRole> roles, @Nullable String reason,
                                   MembershipStatus organisationStatus, long revision, Instant changedAt,
                                   ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.membership.participation.changed.v1";

    public enum Change {
        APPLIED, JOINED, APPROVED, REJECTED, SUSPENDED, REINSTATED, LEFT, ROLES_CHANGED
    }
}
