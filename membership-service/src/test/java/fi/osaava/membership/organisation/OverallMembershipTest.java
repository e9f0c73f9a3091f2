package fi.osaava.membership.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OverallMembershipTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final OverallMembership APPLYING = new OverallMembership(MembershipStatus.APPLIED, Ring.OUTER);
    static final OverallMembership REGISTERED_BEFORE_ECOSYSTEMS = new OverallMembership(MembershipStatus.ACTIVE,
            Ring.MIDDLE);

    @Test
    void activeAnywhereIsActiveInTheRingClosestToTheCoreOfThoseItIsActiveIn() {
        Participation suspendedInCore = Participation.active("eco-1", Ring.CORE, Set.of(), NOW);
        suspendedInCore.suspend("unpaid", NOW);

        OverallMembership overall = APPLYING.after(List.of(suspendedInCore,
                Participation.active("eco-2", Ring.OUTER, Set.of(), NOW),
                Participation.active("eco-3", Ring.MIDDLE, Set.of(), NOW)));

        assertThat(overall).isEqualTo(new OverallMembership(MembershipStatus.ACTIVE, Ring.MIDDLE));
    }

    @Test
    void suspendedAnywhereAndActiveNowhereIsSuspendedAndKeepsItsRing() {
        Participation suspended = Participation.active("eco-1", Ring.CORE, Set.of(), NOW);
        suspended.suspend("unpaid", NOW);

        assertThat(APPLYING.after(List.of(suspended, applied("eco-2"))))
                .isEqualTo(new OverallMembership(MembershipStatus.SUSPENDED, Ring.OUTER));
    }

    @Test
    void applyingSomewhereAndEndedElsewhereIsApplied() {
        Participation left = Participation.active("eco-1", Ring.CORE, Set.of(), NOW);
        left.leave(NOW);

        assertThat(REGISTERED_BEFORE_ECOSYSTEMS.after(List.of(left, applied("eco-2"))).status())
                .isEqualTo(MembershipStatus.APPLIED);
    }

    @Test
    void onlyApplyingKeepsAnActiveOrganisationActive() {
        assertThat(REGISTERED_BEFORE_ECOSYSTEMS.after(List.of(applied("eco-1"))))
                .isEqualTo(REGISTERED_BEFORE_ECOSYSTEMS);
        assertThat(APPLYING.after(List.of(applied("eco-1")))).isEqualTo(APPLYING);
    }

    @Test
    void leftOrRejectedEverywhereIsLeft() {
        Participation left = Participation.active("eco-1", Ring.CORE, Set.of(), NOW);
        left.leave(NOW);
        Participation rejected = applied("eco-2");
        rejected.reject("out of scope", NOW);

        assertThat(REGISTERED_BEFORE_ECOSYSTEMS.after(List.of(left, rejected)))
                .isEqualTo(new OverallMembership(MembershipStatus.LEFT, Ring.MIDDLE));
    }

    @Test
    void withoutParticipationsNothingChanges() {
        assertThat(REGISTERED_BEFORE_ECOSYSTEMS.after(List.of())).isEqualTo(REGISTERED_BEFORE_ECOSYSTEMS);
        assertThat(APPLYING.after(List.of())).isEqualTo(APPLYING);
    }

    private static Participation applied(String ecosystemId) {
        return Participation.applied(ecosystemId, Ring.OUTER, "we would like to take part", NOW);
    }
}
