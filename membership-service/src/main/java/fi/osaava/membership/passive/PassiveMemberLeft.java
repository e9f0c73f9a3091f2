package fi.osaava.membership.passive;

import java.time.Instant;

import fi.osaava.kit.event.EventType;

/**
 * The member left by its own leave link; the address only by its SHA-256. Body of {@value #TYPE} on
 * {@code membership.passive-members.v1}, key = memberId; schema in infra/contracts.
 */
@EventType(PassiveMemberLeft.TYPE)
public record PassiveMemberLeft(String memberId, String ecosystemId, String emailSha256, Instant leftAt) {
    public static final String TYPE = "fi.osaava.membership.passive-member.left.v1";
}
