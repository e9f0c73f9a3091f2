package fi.osaava.membership.passive;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.membership.organisation.TargetGroup;

/** Bodies of the events a passive member raises on {@code membership.passive-members.v1}; schemas in infra/contracts. */
public final class PassiveMemberEvents {

    private PassiveMemberEvents() {
    }

    /** The address was confirmed: everything a service needs to reach the member. */
    @EventType(Confirmed.TYPE)
    public record Confirmed(String memberId, String ecosystemId, String email, @Nullable String organisationName,
                            List<String> regions, List<String> competenceAreas, List<TargetGroup> targetGroups,
                            String language, Instant confirmedAt) {
        public static final String TYPE = "fi.osaava.membership.passive-member.confirmed.v1";
    }

    /** The member left by its own leave link; the address only by its SHA-256. */
    @EventType(Left.TYPE)
    public record Left(String memberId, String ecosystemId, String emailSha256, Instant leftAt) {
        public static final String TYPE = "fi.osaava.membership.passive-member.left.v1";
    }

    /** The coordinator erased the member; the address only by its SHA-256. */
    @EventType(Erased.TYPE)
    public record Erased(String memberId, String ecosystemId, String emailSha256, Instant erasedAt, ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.passive-member.erased.v1";
    }
}
