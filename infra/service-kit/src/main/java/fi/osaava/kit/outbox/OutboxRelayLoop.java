package fi.osaava.kit.outbox;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import fi.osaava.kit.outbox.OutboxSignals.Signal;

/**
 * The relay's one thread: it publishes the signalled aggregates' events as the signals come (all signals waiting
 * at that moment form one batch), and sweeps every outbox at start-up and every {@code sweep-interval} after, or
 * at once when signals were dropped. Stopping lets the batch in hand finish (up to 5 s); it stops before the
 * relay's producers are closed.
 */
final class OutboxRelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayLoop.class);
    /** How often an idle loop looks whether it is to stop. */
    private static final Duration IDLE_CHECK = Duration.ofMillis(200);

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
        long nextSweep = System.nanoTime();
        while (running) {
            try {
                if (System.nanoTime() - nextSweep >= 0 || signals.overflowedSinceLastAsked()) {
                    nextSweep = System.nanoTime() + properties.sweepInterval().toNanos();
                    relay.relay();
                }
                long untilSweep = Math.max(0, nextSweep - System.nanoTime());
                List<Signal> batch = signals.await(
                        Duration.ofNanos(Math.min(untilSweep, IDLE_CHECK.toNanos())), properties.batchSize());
                if (!batch.isEmpty()) {
                    relay.relay(batch);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the signals in hand are dropped; their events wait for the next sweep
                log.warn("Outbox relay pass failed, the sweep in {} tries again: {}", properties.sweepInterval(),
                        e.toString());
            }
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
