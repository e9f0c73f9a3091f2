package fi.osaava.kit.outbox;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import fi.osaava.kit.outbox.OutboxSignals.Signal;

/**
 * The relay's one thread: it publishes the signalled aggregates' events as the signals come (all signals waiting
 * at that moment form one batch), and sweeps every outbox at start-up and every {@code sweep-interval} after, or
 * at once when signals were dropped. Aggregates whose events did not all go (the broker refused or did not answer,
 * the store could not be read) are tried again by themselves after a pause that doubles from half a second up to
 * 30 s while they keep failing, so a passing fault does not wait for a sweep; the sweep, which reads a whole
 * collection on a store without an index on the outbox (the embedded one holds each collection's writes meanwhile),
 * is left to catch what a crash left behind: this instance's at its start-up, another instance's at the next
 * periodic sweep (every 5 minutes by default).
 * Stopping lets the batch in hand finish (up to 5 s); it stops before the relay's producers are closed.
 */
final class OutboxRelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayLoop.class);
    /** How often an idle loop looks whether it is to stop. */
    private static final Duration IDLE_CHECK = Duration.ofMillis(200);
    /** The first pause before unfinished aggregates are tried again. */
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** The longest pause between two tries of unfinished aggregates (or the sweep interval, if shorter). */
    static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final OutboxRelay relay;
    private final OutboxSignals signals;
    private final OutboxProperties properties;
    private volatile boolean running;
    private @Nullable Thread thread;

    OutboxRelayLoop(OutboxRelay relay, OutboxSignals signals, OutboxProperties properties) {
        this.relay = relay;
        this.signals = signals;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        relay.declareIndexes(); // warns per collection itself and goes on
        long nextSweep = System.nanoTime();
        Retries retries = new Retries();
        while (running) {
            List<Signal> inHand = List.of();
            boolean sweeping = false;
            try {
                if (System.nanoTime() - nextSweep >= 0 || signals.sweepWantedSinceLastAsked()) {
                    nextSweep = System.nanoTime() + properties.sweepInterval().toNanos();
                    sweeping = true;
                    relay.relay();
                    sweeping = false;
                }
                inHand = retries.takeDue();
                if (!inHand.isEmpty()) {
                    relay.relay(inHand);
                    inHand = List.of();
                    retries.retried(relay.takeUnfinished());
                }
                long until = Math.min(nextSweep - System.nanoTime(), retries.nanosUntilDue());
                inHand = signals.await(Duration.ofNanos(Math.max(0, Math.min(until, IDLE_CHECK.toNanos()))),
                        properties.batchSize());
                if (!inHand.isEmpty()) {
                    relay.relay(inHand);
                }
                inHand = List.of();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                retries.failed(inHand);
                if (sweeping) { // a sweep that could not finish (the store away) is tried again like a retry
                    nextSweep = Math.min(nextSweep, System.nanoTime() + retries.pause.toNanos());
                }
                log.warn("Outbox relay pass failed, tried again in {}: {}", retries.pause, e.toString());
            }
            if (!retries.add(relay.takeUnfinished())) {
                nextSweep = Math.min(nextSweep, System.nanoTime() + retries.pause.toNanos()); // far behind
            }
        }
    }

    /** Aggregates to try again by themselves, after a pause that doubles while they keep failing. */
    private final class Retries {

        private final Set<Signal> waiting = new LinkedHashSet<>();
        private Duration pause = FIRST_RETRY;
        private long due;

        /** The waiting aggregates, if their pause is over. */
        List<Signal> takeDue() {
            if (waiting.isEmpty() || System.nanoTime() - due < 0) {
                return List.of();
            }
            List<Signal> taken = List.copyOf(waiting);
            waiting.clear();
            return taken;
        }

        /** What a pass of retries left unfinished: the pause starts over when nothing is, else it doubles. */
        void retried(List<Signal> unfinished) {
            pause = unfinished.isEmpty() ? FIRST_RETRY : longer(pause);
            waiting.addAll(unfinished);
            due = System.nanoTime() + pause.toNanos();
        }

        /** A pass that failed as a whole: the aggregates in hand are tried again after a longer pause. */
        void failed(List<Signal> inHand) {
            waiting.addAll(inHand);
            pause = longer(pause);
            due = System.nanoTime() + pause.toNanos();
        }

        /** What any other pass left unfinished; false when too many wait, and only a sweep finds them soon. */
        boolean add(List<Signal> unfinished) {
            if (waiting.isEmpty() && !unfinished.isEmpty()) {
                due = System.nanoTime() + pause.toNanos();
            }
            waiting.addAll(unfinished);
            if (waiting.size() > OutboxSignals.CAPACITY) {
                waiting.clear();
                return false;
            }
            return true;
        }

        long nanosUntilDue() {
            return waiting.isEmpty() ? Long.MAX_VALUE : due - System.nanoTime();
        }

        private Duration longer(Duration current) {
            Duration doubled = current.multipliedBy(2);
            Duration longest = properties.sweepInterval().compareTo(LAST_RETRY) < 0 ? properties.sweepInterval() : LAST_RETRY;
            return doubled.compareTo(longest) > 0 ? longest : doubled;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        // stop before the binder's producers go away
        return Integer.MAX_VALUE - 100;
    }
}
