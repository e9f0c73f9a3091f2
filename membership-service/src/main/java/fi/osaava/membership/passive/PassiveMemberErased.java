package fi.osaava.membership.passive;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/**
 * The coordinator erased the member; the address only by its SHA-256. Body of {@value #TYPE} on
 * {@code membership.passive-members.v1}, key = memberId; schema in infra/contracts.
 */
@EventType(PassiveMemberErased.TYPE)
public record PassiveMemberErased(String memberId, String ecosystemId, String emailSha256, Instant erasedAt,
                                  ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.membership.passive-member.erased.v1";
}
