package fi.osaava.load;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The end of a wait, on {@link System#nanoTime()}. The runs wait the same way for mails, events, an empty outbox or
 * the sink's balance: they ask, and pause and ask again, until the answer will do or the deadline has passed.
 */
record Deadline(long nanos) {

    static Deadline in(Duration within) {
        return new Deadline(System.nanoTime() + within.toNanos());
    }

    boolean passed() {
        return System.nanoTime() >= nanos;
    }

    /** Whether {@code done} came true before this deadline passed, asked every {@code every}. */
    boolean await(BooleanSupplier done, Duration every) {
        return poll(done::getAsBoolean, Boolean::booleanValue, every);
    }

    /** The last of what {@code read} gave, every {@code every}, until {@code enough} accepts it or this deadline passed. */
    <T> T poll(Supplier<T> read, Predicate<T> enough, Duration every) {
        T value = read.get();
        while (!enough.test(value) && !passed()) {
            pause(every.toMillis());
            value = read.get();
        }
        return value;
    }

    /** Sleeps; an interrupt ends the sleep early and stays set for the caller's loop to see. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
