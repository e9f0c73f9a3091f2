package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SteadyTallyTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;
    private static final long BEGAN = 1_000 * S;
    private static final long POSTING_ENDS = BEGAN + 30 * S;
    private static final long WINDOW = 10 * S;

    @Test
    void keptUpWhenEveryNeedIsDoneAndTheLastOnesWaitNoLongerThanTwiceTheFirstOnesAndATenthOfASecond() {
        List<AwaitedNeed> needs = List.of(
                need(1, BEGAN, 40 * MS),                  // first window
                need(2, BEGAN + 15 * S, 5_000 * MS),      // in neither window
                need(3, POSTING_ENDS - 2 * S, 170 * MS)); // last window: 170 ≤ 2 × 40 + 100

        SteadyTally tally = SteadyTally.of(needs, BEGAN, POSTING_ENDS, WINDOW);

        assertThat(tally.allDone()).isTrue();
        assertThat(tally.first().count()).isEqualTo(1);
        assertThat(tally.last().count()).isEqualTo(1);
        assertThat(tally.all().count()).isEqualTo(3);
        assertThat(tally.mails()).isEqualTo(3);
        assertThat(tally.keptUp()).isTrue();
    }

    @Test
    void aGrowingWaitIsNotKeepingUp() {
        List<AwaitedNeed> needs = List.of(need(1, BEGAN, 40 * MS), need(2, POSTING_ENDS - 2 * S, 200 * MS));

        assertThat(SteadyTally.of(needs, BEGAN, POSTING_ENDS, WINDOW).keptUp()).as("200 > 2 × 40 + 100").isFalse();
    }

    @Test
    void aNeedNotDoneCountsItsMailsButNoLatencyAndTheRunDidNotKeepUp() {
        AwaitedNeed unfinished = new AwaitedNeed(3, 2);
        unfinished.posted(POSTING_ENDS - S);
        unfinished.answered(POSTING_ENDS - S + MS);
        unfinished.mailAccepted(POSTING_ENDS);
        List<AwaitedNeed> needs = List.of(need(1, BEGAN, 40 * MS), need(2, POSTING_ENDS - 2 * S, 40 * MS), unfinished);

        SteadyTally tally = SteadyTally.of(needs, BEGAN, POSTING_ENDS, WINDOW);

        assertThat(tally.done()).isEqualTo(2);
        assertThat(tally.needs()).isEqualTo(3);
        assertThat(tally.mails()).isEqualTo(3);
        assertThat(tally.all().count()).isEqualTo(2);
        assertThat(tally.allDone()).isFalse();
        assertThat(tally.keptUp()).isFalse();
    }

    /** A need to one recipient posted at {@code posted}, answered 1 ms later, its mail {@code latency} after that. */
    private static AwaitedNeed need(long number, long posted, long latency) {
        AwaitedNeed need = new AwaitedNeed(number, 1);
        need.posted(posted);
        need.answered(posted + MS);
        need.mailAccepted(posted + MS + latency);
        return need;
    }
}
