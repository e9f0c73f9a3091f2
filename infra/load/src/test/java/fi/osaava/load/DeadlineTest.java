package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final Duration OFTEN = Duration.ofMillis(1);

    @Test
    void pollsUntilTheAnswerWillDoAndGivesTheLastAnswer() {
        AtomicInteger asked = new AtomicInteger();

        int last = Deadline.in(Duration.ofMinutes(1)).poll(asked::incrementAndGet, answer -> answer >= 3, OFTEN);

        assertThat(last).isEqualTo(3);
        assertThat(asked).hasValue(3);
    }

    @Test
    void aPassedDeadlineStillAsksOnceAndGivesThatAnswer() {
        AtomicInteger asked = new AtomicInteger();

        int last = Deadline.in(Duration.ZERO).poll(asked::incrementAndGet, answer -> false, OFTEN);

        assertThat(last).isEqualTo(1);
        assertThat(Deadline.in(Duration.ZERO).await(() -> true, OFTEN)).as("done at the first asking").isTrue();
    }

    @Test
    void awaitGivesUpOnlyAfterTheDeadlineHasPassed() {
        AtomicLong lastAsked = new AtomicLong();
        Deadline deadline = Deadline.in(Duration.ofMillis(30));

        boolean done = deadline.await(() -> {
            lastAsked.set(System.nanoTime());
            return false;
        }, OFTEN);

        assertThat(done).isFalse();
        assertThat(lastAsked.get() - deadline.nanos()).as("asked last once the deadline had passed")
                .isGreaterThanOrEqualTo(0);
    }
}
