package fi.osaava.kit.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The relay's doorbell: whoever wrote an aggregate together with new outbox events rings it with the aggregate's
 * collection and id, and the relay publishes those events at once instead of at its next sweep. Saves through
 * Spring Data ring it themselves ({@link OutboxWriteListener}); a targeted update that pushes events into
 * {@code outbox} calls {@link #written} after the write.
 *
 * <p>A signal is only a hint: a lost one (the queue was full, the process died) delays the event until the
 * sweep finds it, and a signal for an aggregate with nothing pending costs one read by id. Where the relay cannot
 * know which aggregates to read (signals dropped, a write that got no answer: {@link OutboxWriteWatch}) it is
 * asked for a sweep soon instead.
 */
public final class OutboxSignals {

    /** More signals than this waiting means the relay is far behind: the next sweep catches up instead. */
    static final int CAPACITY = 100_000;

    record Signal(String collection, Object id) {
    }

    private final Set<String> collections;
    private final BlockingQueue<Signal> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final AtomicBoolean sweepWanted = new AtomicBoolean();

    /** @param collections the outbox routes' collections; writes to others are no concern of the relay */
    public OutboxSignals(Collection<String> collections) {
        this.collections = Set.copyOf(collections);
    }

    /** The aggregate {@code id} in {@code collection} was just written with events in its outbox. */
    public void written(String collection, Object id) {
        if (watches(collection) && !queue.offer(new Signal(collection, id))) {
            sweepWanted.set(true);
        }
    }

    /** Whether writes to {@code collection} concern the relay. */
    boolean watches(String collection) {
        return collections.contains(collection);
    }

    /** Something was written that no signal names: the relay sweeps every outbox soon. */
    void sweepSoon() {
        sweepWanted.set(true);
    }

    /** Signals waiting for the relay. */
    public int pending() {
        return queue.size();
    }

    /** Waits up to {@code timeout} for a signal, then takes it and the others waiting, at most {@code max}. */
    List<Signal> await(Duration timeout, int max) throws InterruptedException {
        List<Signal> taken = new ArrayList<>();
        Signal first = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (first != null) {
            taken.add(first);
            queue.drainTo(taken, max - 1);
        }
        return taken;
    }

    /** Whether a sweep was asked for since the last call (signals dropped, a write without an answer). */
    boolean sweepWantedSinceLastAsked() {
        return sweepWanted.getAndSet(false);
    }
}
