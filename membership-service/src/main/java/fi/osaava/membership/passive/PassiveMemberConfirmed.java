package fi.osaava.membership.passive;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.EventType;
import fi.osaava.membership.organisation.TargetGroup;

/**
 * The address was confirmed: everything a service needs to reach the member. Body of {@value #TYPE} on
 * {@code membership.passive-members.v1}, key = memberId; schema in infra/contracts.
 */
@EventType(PassiveMemberConfirmed.TYPE)
public record PassiveMemberConfirmed(String memberId, String ecosystemId, String email,
                                     @Nullable String organisationName, List<String> regions,
                                     List<String> competenceAreas, List<TargetGroup> targetGroups, String language,
                                     Instant confirmedAt) {
    public static final String TYPE = "fi.osaava.membership.passive-member.confirmed.v1";
}
