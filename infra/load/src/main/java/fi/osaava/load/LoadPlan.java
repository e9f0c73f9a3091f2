package fi.osaava.load;

import java.time.Duration;

/**
 * The sizes and deadlines of one run. {@link #full()} is the run; {@link #quick()} a smoke test of the
 * harness itself in a few minutes (small fan-out, short steady runs, no 100,000 and no history phase).
 *
 * @param budget the whole run, stack start and stop included; a scenario that would not fit is cut short or skipped
 */
record LoadPlan(
        String name,
        Duration budget,
        int rawKafkaRecords,
        int rawStoreDocuments,
        int rawSinkMails,
        int connections,
        Duration intake,
        Duration steady,
        Duration drain,
        int fanOut,
        Duration fanOutDeadline,
        int bigFanOut,
        Duration bigFanOutDeadline,
        Duration subscribingDeadline,
        int storedNeeds,
        Duration historyDeadline) {

    static final int RAW_SINK_CONNECTIONS = 4;
    static final int STEADY_NEEDS_PER_SECOND = 10;

    static LoadPlan full() {
        return new LoadPlan("full", Duration.ofMinutes(15), 200_000, 100_000, 5_000, 16, Duration.ofSeconds(20),
                Duration.ofSeconds(60), Duration.ofSeconds(15), 10_000, Duration.ofSeconds(90), 100_000,
                Duration.ofSeconds(150), Duration.ofSeconds(180), 20_000, Duration.ofSeconds(90));
    }

    static LoadPlan quick() {
        return new LoadPlan("quick", Duration.ofMinutes(8), 20_000, 10_000, 1_000, 16, Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(10), 1_000, Duration.ofSeconds(45), 0, Duration.ZERO,
                Duration.ofSeconds(60), 0, Duration.ZERO);
    }

    /** The warm-up before the first steady run: the same load for a quarter of its time (15 s in the full run). */
    Duration warmUp() {
        return steady.dividedBy(4);
    }

    boolean history() {
        return bigFanOut > 0 && storedNeeds > 0;
    }
}
