package fi.osaava.notification.alert;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The dispatcher threads ({@code osaava.alerts.dispatchers}): each takes the next batch in turn from the
 * {@link DispatchQueue} and sends it. They stop first at shutdown, finishing the batch in hand; what is left
 * in memory is still in the store's queue and goes out after the lease, from this or another instance.
 */
@Component
class DispatchWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchWorkers.class);
    private static final long POLL_MILLIS = 500;

    private final DispatchQueue queue;
    private final DeliveryDispatcher dispatcher;
    private final AlertProperties properties;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    DispatchWorkers(DispatchQueue queue, DeliveryDispatcher dispatcher, AlertProperties properties) {
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= properties.dispatchers(); i++) {
            Thread thread = new Thread(this::work, "alert-dispatch-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void work() {
        while (running) {
            try {
                DispatchQueue.Batch batch = queue.take(properties.dispatchBatch(), POLL_MILLIS);
                if (batch != null) {
                    dispatcher.dispatch(batch);
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the store or a channel failed outside one delivery: the batch's leases run out and the retrier takes it
                log.warn("A dispatch batch failed; its deliveries wait for the retrier: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(properties.sendMargin().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
