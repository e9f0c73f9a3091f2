package fi.osaava.benchmarks;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.BruteForceMatcher;
import fi.osaava.notification.matching.IndexedSubscription;
import fi.osaava.notification.matching.MatchingIndex;
import fi.osaava.notification.matching.RandomMatchingData;

/**
 * The time to find the subscriptions of one alert event: the index against the brute-force scan, over the
 * same random subscriptions and a fixed array of random events (cycled through, so each operation is one
 * event). The target is well under a millisecond per event at 100 000 subscriptions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MatchingBenchmark {

    private static final long SEED = 20_261_123L;
    private static final int EVENTS = 4096;

    @Param({"1000", "10000", "100000"})
    public int subscriptions;

    private final MatchingIndex index = new MatchingIndex();
    private final BruteForceMatcher bruteForce = new BruteForceMatcher();
    private final AlertEvent[] events = new AlertEvent[EVENTS];
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        RandomMatchingData data = new RandomMatchingData(SEED);
        for (int i = 0; i < subscriptions; i++) {
            IndexedSubscription subscription = data.subscription("s" + i);
            index.upsert(subscription);
            bruteForce.upsert(subscription);
        }
        long matched = 0;
        for (int i = 0; i < EVENTS; i++) {
            events[i] = data.event();
            // the index answers as the scan does (MatchingIndexDifferentialTest), and much sooner
            matched += index.match(events[i]).size();
        }
        System.out.printf("%n%d subscriptions, %d events, %.1f matches per event on average%n",
                subscriptions, EVENTS, (double) matched / EVENTS);
    }

    private AlertEvent nextEvent() {
        AlertEvent event = events[next];
        next = (next + 1) & (EVENTS - 1);
        return event;
    }

    @Benchmark
    public Set<String> index() {
        return index.match(nextEvent());
    }

    @Benchmark
    public Set<String> bruteForce() {
        return bruteForce.match(nextEvent());
    }
}
