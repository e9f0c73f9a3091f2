package fi.osaava.membership.organisation;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation is for the other services, derived from its participations in the ecosystems: the
 * {@link MembershipStatus} and the {@link Ring} they have always read, from before ecosystems existed.
 */
record OverallMembership(MembershipStatus status, Ring ring) {

    /**
     * What the organisation is overall once its participations are these, this being what it was before.
     * The ring is the one closest to the core among the ecosystems it is active in; without an active
     * participation it keeps its ring.
     */
    OverallMembership after(List<Participation> participations) {
        Ring closest = participations.stream().filter(Participation::isActive).map(Participation::ring)
                .min(Comparator.naturalOrder()).orElse(ring);
        return new OverallMembership(statusAfter(participations), closest);
    }

    /**
     * The overall status other services have always read: ACTIVE if active in any ecosystem, else SUSPENDED if
     * suspended in any, else APPLIED if applying to any, else LEFT (left or rejected everywhere). An
     * organisation registered before ecosystems, without one, stays ACTIVE while it only applies.
     */
    private MembershipStatus statusAfter(List<Participation> participations) {
        Set<ParticipationStatus> statuses = EnumSet.noneOf(ParticipationStatus.class);
        participations.forEach(p -> statuses.add(p.status()));
        if (statuses.isEmpty()) {
            return status;
        }
        if (statuses.contains(ParticipationStatus.ACTIVE)) {
            return MembershipStatus.ACTIVE;
        }
        if (statuses.contains(ParticipationStatus.SUSPENDED)) {
            return MembershipStatus.SUSPENDED;
        }
        if (statuses.equals(EnumSet.of(ParticipationStatus.APPLIED))) {
            return status == MembershipStatus.ACTIVE ? MembershipStatus.ACTIVE : MembershipStatus.APPLIED;
        }
        return statuses.contains(ParticipationStatus.APPLIED) ? MembershipStatus.APPLIED : MembershipStatus.LEFT;
    }
}
