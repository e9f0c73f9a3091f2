package fi.osaava.membership.passive.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.TargetGroup;
import fi.osaava.membership.passive.PassiveMember;
import fi.osaava.membership.passive.PassiveMemberStatus;

/**
 * A passive member as its ecosystem's coordinator sees it. The address only of an ACTIVE member: a PENDING
 * one was typed by anybody and is not confirmed to be its owner's wish; a member who left has none.
 */
record PassiveMemberView(String id, String ecosystemId, PassiveMemberStatus status, @Nullable String email,
                         @Nullable String organisationName, List<String> regions, List<String> competenceAreas,
                         List<TargetGroup> targetGroups, String language, Instant joinedAt,
                         @Nullable Instant confirmedAt, @Nullable Instant leftAt, @Nullable Instant erasedAt) {

    static PassiveMemberView of(PassiveMember member) {
        boolean active = member.status() == PassiveMemberStatus.ACTIVE;
        return new PassiveMemberView(member.id(), member.ecosystemId(), member.status(), active ? member.email() : null,
                member.organisationName(), member.regions(), member.competenceAreas(), member.targetGroups(),
                member.language(), member.joinedAt(), member.confirmedAt(), member.leftAt(), member.erasedAt());
    }
}
