package fi.osaava.notification.alert;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

import fi.osaava.notification.matching.AlertEvent;

/**
 * The deliveries this instance holds the lease of and has still to send, in memory, by the event (or digest)
 * they came from. Dispatchers take them in batches, one event after another in turn, so a fan-out to 100,000
 * does not keep a fan-out to ten waiting behind it: each event with work left gets a batch per round.
 * What is here is also in the store's {@link DeliveryQueue}; if this instance dies, the lease runs out and
 * the retrier of any instance takes the deliveries.
 */
class DispatchQueue {

    /** Deliveries of one event (or one claim of the retrier) sharing one lease. */
    private static final class Entry {
        final String eventId;
        final @Nullable AlertEvent event;
        final Instant leaseUntil;
        final Deque<String> deliveryIds;

        Entry(String eventId, @Nullable AlertEvent event, Instant leaseUntil, List<String> deliveryIds) {
            this.eventId = eventId;
            this.event = event;
            this.leaseUntil = leaseUntil;
            this.deliveryIds = new ArrayDeque<>(deliveryIds);
        }
    }

    /**
     * Some deliveries of one event to send now.
     *
     * @param event      the event, when the instance that recorded it still has it (else the dispatcher reads it)
     * @param leaseUntil this instance may send them until then; later the retrier may take them
     */
    record Batch(String eventId, @Nullable AlertEvent event, Instant leaseUntil, List<String> deliveryIds) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private final Condition drained = lock.newCondition();
    /** In turn: the head gives one batch and goes to the back while it has more. */
    private final Deque<Entry> rotation = new ArrayDeque<>();
    /** The entries in the rotation by event and lease: more of the same event's deliveries join its entry. */
    private final Map<String, Entry> entries = new HashMap<>();
    private final int capacity;
    private int size;

    /** @param capacity deliveries held at most; beyond it they wait in the store for the retrier */
    DispatchQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Returns how many were taken (fewer than offered when the queue is full: the rest wait for the retrier). */
    int offer(String eventId, @Nullable AlertEvent event, Instant leaseUntil, List<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return 0;
        }
        lock.lock();
        try {
            int room = Math.max(0, capacity - size);
            List<String> taken = deliveryIds.size() <= room ? deliveryIds : deliveryIds.subList(0, room);
            if (!taken.isEmpty()) {
                // an event recorded in chunks (or claimed again under the same lease) keeps one turn in the rotation
                Entry joined = entries.get(key(eventId, leaseUntil));
                if (joined != null) {
                    joined.deliveryIds.addAll(taken);
                } else {
                    Entry entry = new Entry(eventId, event, leaseUntil, taken);
                    rotation.addLast(entry);
                    entries.put(key(eventId, leaseUntil), entry);
                }
                size += taken.size();
                available.signalAll();
            }
            return taken.size();
        } finally {
            lock.unlock();
        }
    }

    /** The next batch in turn, waiting up to {@code timeoutMillis} for one; null when there was none. */
    @Nullable Batch take(int maxBatch, long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (rotation.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = available.awaitNanos(nanos);
            }
            Entry head = rotation.pollFirst();
            List<String> ids = new ArrayList<>(Math.min(maxBatch, head.deliveryIds.size()));
            while (ids.size() < maxBatch && !head.deliveryIds.isEmpty()) {
                ids.add(head.deliveryIds.pollFirst());
            }
            size -= ids.size();
            drained.signalAll();
            if (!head.deliveryIds.isEmpty()) {
                rotation.addLast(head);
            } else {
                entries.remove(key(head.eventId, head.leaseUntil));
            }
            return new Batch(head.eventId, head.event, head.leaseUntil, ids);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until fewer than {@code backlog} deliveries are held, or {@code maxWaitMillis} has passed: the
     * back-pressure that keeps recording from running far ahead of sending. Returns whether it got below.
     */
    boolean awaitBelow(int backlog, long maxWaitMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
            while (size >= backlog) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = drained.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static String key(String eventId, Instant leaseUntil) {
        return eventId + "@" + leaseUntil;
    }

    int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }
}
