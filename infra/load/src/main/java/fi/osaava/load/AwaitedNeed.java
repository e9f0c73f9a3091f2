package fi.osaava.load;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One posted need whose mails the sink is waiting for: from the moment its POST was answered to the moment
 * the last of its {@code expected} mails was accepted.
 */
final class AwaitedNeed {

    private final long number;
    private final int expected;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong firstMail = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastMail = new AtomicLong(Long.MIN_VALUE);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile long posted;
    private volatile long answered;

    AwaitedNeed(long number, int expected) {
        this.number = number;
        this.expected = expected;
    }

    long number() {
        return number;
    }

    int expected() {
        return expected;
    }

    void posted(long nanos) {
        posted = nanos;
    }

    void answered(long nanos) {
        answered = nanos;
    }

    long answeredNanos() {
        return answered;
    }

    void mailAccepted(long nanos) {
        firstMail.accumulateAndGet(nanos, Math::min);
        lastMail.accumulateAndGet(nanos, Math::max);
        if (accepted.incrementAndGet() == expected) {
            done.countDown();
        }
    }

    int accepted() {
        return accepted.get();
    }

    boolean isDone() {
        return done.getCount() == 0;
    }

    boolean awaitDone(long deadlineNanos) throws InterruptedException {
        return done.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Waits for these needs' mails, one need after another, until all are done or the deadline has passed. */
    static void awaitAll(List<AwaitedNeed> needs, long deadlineNanos) {
        try {
            for (AwaitedNeed need : needs) {
                if (!need.awaitDone(deadlineNanos)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** From the POST answer to the last mail; 0 if the mails came before the answer was read. */
    long lastMailLatencyNanos() {
        return Math.max(0, lastMail.get() - answered);
    }

    long lastMailNanos() {
        return lastMail.get();
    }

    long postedNanos() {
        return posted;
    }
}
