package fi.osaava.notification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The index against its oracle: random subscriptions, edited and removed between random events, and the
 * index must find exactly what the brute-force scan finds for every event. The seed is printed; run again
 * with {@code -Dmatching.seed=<seed>} to repeat a failure.
 */
class MatchingIndexDifferentialTest {

    private static final int SUBSCRIPTIONS = 3000;
    private static final int EVENTS = 8000;

    private final long seed = Long.getLong("matching.seed", System.nanoTime());

    @Test
    void theIndexFindsExactlyWhatTheScanFindsWhileSubscriptionsChange() {
        System.out.println("MatchingIndexDifferentialTest seed: " + seed + " (-Dmatching.seed=" + seed + ")");
        RandomMatchingData data = new RandomMatchingData(seed);
        MatchingIndex index = new MatchingIndex();
        BruteForceMatcher oracle = new BruteForceMatcher();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            IndexedSubscription subscription = data.subscription("s" + i);
            ids.add(subscription.id());
            index.upsert(subscription);
            oracle.upsert(subscription);
        }

        int matchedInAll = 0;
        for (int step = 0; step < EVENTS; step++) {
            change(data, ids, index, oracle);
            AlertEvent event = data.event();
            Set<String> expected = oracle.match(event);
            Set<String> actual = index.match(event);
            if (!actual.equals(expected)) {
                throw new AssertionError("seed " + seed + ", event #" + step + ": " + event
                        + "\n  missed: " + minus(expected, actual) + "\n  extra: " + minus(actual, expected));
            }
            matchedInAll += expected.size();
        }
        assertThat(index.size()).isEqualTo(oracle.size());
        // the data must exercise matching, not only agree on nothing
        assertThat(matchedInAll).as("matches over all events (seed %d)", seed).isGreaterThan(EVENTS);
    }

    @Test
    void readersMatchTheSubscriptionsNobodyEditsCorrectlyWhileOthersAreEdited() throws Exception {
        System.out.println("MatchingIndexDifferentialTest seed: " + seed + " (-Dmatching.seed=" + seed + ")");
        RandomMatchingData data = new RandomMatchingData(seed);
        MatchingIndex index = new MatchingIndex();
        BruteForceMatcher stable = new BruteForceMatcher();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            IndexedSubscription subscription = data.subscription("stable-" + i);
            index.upsert(subscription);
            stable.upsert(subscription);
        }
        List<IndexedSubscription> edits = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            edits.add(data.subscription("edited-" + data.nextInt(SUBSCRIPTIONS)));
        }
        List<AlertEvent> events = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            events.add(data.event());
        }

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = threads.submit(() -> {
                for (int i = 0; i < edits.size(); i++) {
                    IndexedSubscription edit = edits.get(i);
                    if (i % 7 == 0) {
                        index.remove(edit.id());
                    } else {
                        index.upsert(edit);
                    }
                }
                writing.set(false);
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    do {
                        for (AlertEvent event : events) {
                            Set<String> stableMatched = new HashSet<>(index.match(event));
                            stableMatched.removeIf(id -> id.startsWith("edited-"));
                            assertThat(stableMatched).as("seed %d, event %s", seed, event)
                                    .isEqualTo(stable.match(event));
                        }
                    } while (writing.get());
                }));
            }
            writer.get(1, TimeUnit.MINUTES);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Now and then a subscription is added, edited or removed in both, the same way. */
    private static void change(RandomMatchingData data, List<String> ids, MatchingIndex index,
                               BruteForceMatcher oracle) {
        int dice = data.nextInt(10);
        if (dice == 0) {
            IndexedSubscription edited = data.subscription(ids.get(data.nextInt(ids.size())));
            index.upsert(edited);
            oracle.upsert(edited);
        } else if (dice == 1) {
            String id = ids.get(data.nextInt(ids.size()));
            index.remove(id);
            oracle.remove(id);
        } else if (dice == 2) {
            IndexedSubscription added = data.subscription("s" + ids.size());
            ids.add(added.id());
            index.upsert(added);
            oracle.upsert(added);
        }
    }

    private static Set<String> minus(Set<String> left, Set<String> right) {
        Set<String> difference = new HashSet<>(left);
        difference.removeAll(right);
        return difference;
    }
}
