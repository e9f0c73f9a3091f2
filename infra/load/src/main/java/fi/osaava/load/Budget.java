package fi.osaava.load;

import java.time.Duration;

/** The run's time: every scenario's deadline is its own, cut to what the whole run has left. */
final class Budget {

    /** Kept for stopping the stack and printing the table. */
    private static final Duration STOPPING = Duration.ofSeconds(25);

    private final long began = System.nanoTime();
    private final long end;

    Budget(Duration total) {
        this.end = began + total.minus(STOPPING).toNanos();
    }

    /** {@code wanted}, or less when the run would otherwise overrun while keeping {@code reserve} for what follows. */
    Duration allow(Duration wanted, Duration reserve) {
        long left = end - System.nanoTime() - reserve.toNanos();
        return Duration.ofNanos(Math.max(0, Math.min(wanted.toNanos(), left)));
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - began);
    }
}
