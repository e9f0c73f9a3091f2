package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DispatchQueueTest {

    static final Instant LEASE = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void aSmallFanOutOfferedAfterALargeOneIsTakenWithinItsFirstTurn() throws InterruptedException {
        DispatchQueue queue = new DispatchQueue(1_000_000);
        queue.offer("large", null, LEASE, ids("large", 10_000));
        queue.take(25, 0); // the dispatchers are already busy with the large one
        queue.offer("small", null, LEASE, ids("small", 10));

        List<String> turns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DispatchQueue.Batch batch = queue.take(25, 0);
            turns.add(batch.eventId() + batch.deliveryIds().size());
        }

        // at most one more batch of the large one, then the whole of the small one
        assertThat(turns).containsExactly("large25", "small10", "large25");
        assertThat(queue.size()).isEqualTo(10_000 - 3 * 25);
    }

    @Test
    void aLargeFanOutRecordedInChunksKeepsOneTurnBesideASmallOne() throws InterruptedException {
        DispatchQueue queue = new DispatchQueue(1_000_000);
        List<String> large = ids("large", 3_000);
        queue.offer("large", null, LEASE, large.subList(0, 1_000));
        queue.take(25, 0);
        queue.offer("small", null, LEASE, ids("small", 10));
        queue.offer("large", null, LEASE, large.subList(1_000, 2_000)); // its next chunks, recorded meanwhile
        queue.offer("large", null, LEASE, large.subList(2_000, 3_000));

        List<String> turns = new ArrayList<>();
        List<String> taken = new ArrayList<>(large.subList(0, 25));
        for (DispatchQueue.Batch batch = queue.take(25, 0); batch != null; batch = queue.take(25, 0)) {
            turns.add(batch.eventId() + batch.deliveryIds().size());
            taken.addAll(batch.deliveryIds());
        }

        assertThat(turns.subList(0, 3)).containsExactly("large25", "small10", "large25");
        assertThat(taken).doesNotHaveDuplicates().hasSize(3_010);
        assertThat(taken.stream().filter(id -> id.startsWith("large")).toList()).as("in the order recorded")
                .isEqualTo(large);
    }

    @Test
    void eventsWithWorkLeftTakeTurnsBatchByBatchAndEveryDeliveryIsTakenOnce() throws InterruptedException {
        DispatchQueue queue = new DispatchQueue(1_000_000);
        queue.offer("a", null, LEASE, ids("a", 60));
        queue.offer("b", null, LEASE, ids("b", 30));
        queue.offer("c", null, LEASE, ids("c", 5));

        List<String> order = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (DispatchQueue.Batch batch = queue.take(25, 0); batch != null; batch = queue.take(25, 0)) {
            order.add(batch.eventId() + batch.deliveryIds().size());
            taken.addAll(batch.deliveryIds());
        }

        assertThat(order).containsExactly("a25", "b25", "c5", "a25", "b5", "a10");
        assertThat(taken).doesNotHaveDuplicates().hasSize(95);
        assertThat(queue.size()).isZero();
    }

    @Test
    void beyondItsCapacityTheRestIsLeftToTheRetrier() throws InterruptedException {
        DispatchQueue queue = new DispatchQueue(100);

        assertThat(queue.offer("a", null, LEASE, ids("a", 80))).isEqualTo(80);
        assertThat(queue.offer("b", null, LEASE, ids("b", 50))).isEqualTo(20);
        assertThat(queue.size()).isEqualTo(100);
        assertThat(queue.take(25, 0).leaseUntil()).isEqualTo(LEASE);
    }

    @Test
    void anEmptyQueueAnswersNothingAfterTheWait() throws InterruptedException {
        assertThat(new DispatchQueue(10).take(25, 20)).isNull();
    }

    @Test
    void recordingWaitsUntilTheDispatchersHaveTakenEnoughOrTheWaitIsOver() throws Exception {
        DispatchQueue queue = new DispatchQueue(1_000);
        queue.offer("a", null, LEASE, ids("a", 60));

        assertThat(queue.awaitBelow(100, 0)).as("below already").isTrue();
        assertThat(queue.awaitBelow(50, 30)).as("nobody takes: the wait runs out").isFalse();

        java.util.concurrent.CompletableFuture<Boolean> waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return queue.awaitBelow(50, 10_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertThat(waiting).isNotDone();
        queue.take(25, 0); // 35 left
        assertThat(waiting.get(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    static List<String> ids(String event, int count) {
        return IntStream.range(0, count).mapToObj(i -> event + ":" + i).toList();
    }
}
