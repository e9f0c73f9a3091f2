package fi.osaava.needs.foresight;

import static fi.osaava.needs.foresight.ForesightFixtures.COORDINATOR;
import static fi.osaava.needs.foresight.ForesightFixtures.closed;
import static fi.osaava.needs.foresight.ForesightFixtures.endorsed;
import static fi.osaava.needs.foresight.ForesightFixtures.published;
import static fi.osaava.needs.foresight.ForesightFixtures.withdrawn;
import static fi.osaava.needs.need.Horizon.NOW;
import static fi.osaava.needs.need.Horizon.WITHIN_A_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.CoveringOffering;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.Priority;

class PriorityListTest {

    static final Instant DECIDED = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void ranksOpenNeedsByPriorityThenDemandThenAgeWithTheLatestReasonAndTheCoverage() {
        CompetenceNeed lowButBig = prioritised(published("11", List.of("care"), 100, NOW), Priority.HIGH, "first look");
        prioritised(lowButBig, Priority.LOW, "funded elsewhere");
        // 7 + an endorsement of 3 = 10; covered in care-med only
        CompetenceNeed highNewer = prioritised(endorsed(published("11", List.of("care-med", "lead-change"), 7,
                WITHIN_A_YEAR, Instant.parse("2026-05-02T08:00:00Z")), "org-b", 3), Priority.HIGH, "kiireellinen");
        highNewer.coverWith(List.of(new CoveringOffering("off-1", "org-uni", "Lääkehoito", List.of("care-med"))), DECIDED);
        CompetenceNeed highOlder = prioritised(published("11", List.of("lead"), 10, NOW,
                Instant.parse("2026-04-01T08:00:00Z")), Priority.HIGH, "lakimuutos");
        CompetenceNeed noneBig = published("11", List.of("care"), 500, NOW);
        CompetenceNeed cleared = prioritised(published("11", List.of("care"), 40, NOW), Priority.MEDIUM, "a");
        prioritised(cleared, null, "no longer a priority");
        CompetenceNeed closedHigh = prioritised(published("11", List.of("care"), 900, NOW), Priority.HIGH, "x");
        closed(closedHigh);
        CompetenceNeed withdrawnOne = withdrawn(published("11", List.of("care"), 800, NOW));

        List<PriorityList.Entry> list = PriorityList.of(List.of(lowButBig, highNewer, highOlder, noneBig, cleared,
                closedHigh, withdrawnOne));

        // HIGH (10 each: the older first), LOW, then no priority by demand 500 > 40; closed and withdrawn left out
        assertThat(list).extracting(PriorityList.Entry::needId)
                .containsExactly(highOlder.id(), highNewer.id(), lowButBig.id(), noneBig.id(), cleared.id());
        assertThat(list).extracting(PriorityList.Entry::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(list).extracting(PriorityList.Entry::priorityReason)
                .containsExactly("lakimuutos", "kiireellinen", "funded elsewhere", null, "no longer a priority");
        PriorityList.Entry second = list.get(1);
        assertThat(second).isEqualTo(new PriorityList.Entry(2, highNewer.id(), highNewer.title(), "org-a", "11",
                List.of("care-med", "lead-change"), WITHIN_A_YEAR, Priority.HIGH, "kiireellinen", 10, 1,
                NeedStatus.PUBLISHED, 1, List.of("lead-change")));
    }

    private static CompetenceNeed prioritised(CompetenceNeed need, @Nullable Priority priority, String reason) {
        need.prioritise(priority, reason, DECIDED, COORDINATOR);
        return need;
    }
}
