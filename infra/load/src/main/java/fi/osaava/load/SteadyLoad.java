package fi.osaava.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The steady end-to-end scenario: {@link LoadPlan#STEADY_NEEDS_PER_SECOND} needs a second to one group, on a clock
 * (a slow answer does not slow the schedule), then the wait for their mails; reported as the last mail of each need
 * from its POST answer, and whether the stack kept up ({@link SteadyTally}).
 */
final class SteadyLoad {

    private final LoadNeeds needs;
    private final ExecutorService posting;
    private final TimedMailSink sink;
    private final Report report;
    private final Duration drain;
    private final Consumer<String> progress;

    SteadyLoad(LoadNeeds needs, ExecutorService posting, TimedMailSink sink, Report report, Duration drain,
               Consumer<String> progress) {
        this.needs = needs;
        this.posting = posting;
        this.sink = sink;
        this.report = report;
        this.drain = drain;
        this.progress = progress;
    }

    /** The load for {@code duration}; {@code measured}: its figures are reported against the targets. */
    Latencies run(String scenario, LoadRun.Group group, Duration duration, boolean measured) {
        List<AwaitedNeed> posted = new ArrayList<>();
        long began = System.nanoTime();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / LoadPlan.STEADY_NEEDS_PER_SECOND;
        long total = duration.toNanos() / periodNanos;
        AtomicInteger scheduled = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            if (scheduled.getAndIncrement() < total) {
                AwaitedNeed need = needs.awaited(group);
                synchronized (posted) {
                    posted.add(need);
                }
                posting.execute(() -> needs.post(need, group));
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        long postingEnds = began + total * periodNanos;
        while (System.nanoTime() < postingEnds + periodNanos) {
            Deadline.pause(50);
        }
        clock.shutdownNow();
        List<AwaitedNeed> all;
        synchronized (posted) {
            all = List.copyOf(posted);
        }
        AwaitedNeed.awaitAll(all, System.nanoTime() + drain.toNanos());
        long window = Duration.ofSeconds(Math.min(10, Math.max(1, duration.toSeconds() / 3))).toNanos();
        SteadyTally tally = SteadyTally.of(all, began, postingEnds, window);
        all.forEach(need -> sink.forget(need.number()));
        report(scenario, group, duration, measured, tally, window);
        progress.accept(scenario + ": " + tally.done() + " of " + all.size() + " needs done; " + tally.all().summary());
        return tally.all();
    }

    private void report(String scenario, LoadRun.Group group, Duration duration, boolean measured, SteadyTally tally,
                        long window) {
        int recipients = needs.subscribed(group).size();
        String figure = LoadPlan.STEADY_NEEDS_PER_SECOND + " needs/s × " + recipients + " recipients, "
                + duration.toSeconds() + " s";
        if (!measured) {
            report.value(scenario, figure + ": last mail after POST answer (not measured)", tally.all().summary(), "",
                    "the first alert mails the services send, while their code is compiled; " + tally.done() + " of "
                            + tally.needs() + " needs done");
            return;
        }
        report.value(scenario, figure + ": last mail after POST answer", tally.all().summary(),
                group.size() <= 10 ? "p50 ≤ 100 ms, p99 ≤ 500 ms" : "keeps up",
                (tally.allDone() ? "all " + tally.needs() + " needs done" : "not done in " + drain.toSeconds()
                        + " s after the last POST: " + tally.done() + " of " + tally.needs() + " needs, "
                        + Report.thousands(tally.mails()) + " of " + Report.thousands((long) tally.needs() * recipients)
                        + " mails"));
        report.value(scenario, figure + ": kept up", tally.keptUp() ? "yes" : "no",
                "yes", "needs posted in the first " + window / 1_000_000_000 + " s: " + p50(tally.first())
                        + ", in the last " + window / 1_000_000_000 + " s: " + p50(tally.last())
                        + " (kept up = every need done and the last ones' p50 ≤ 2 × the first ones' + 100 ms)");
    }

    private static String p50(Latencies latencies) {
        return latencies.count() == 0 ? "none done" : "p50 " + Latencies.millis(latencies.percentileMillis(50));
    }
}
