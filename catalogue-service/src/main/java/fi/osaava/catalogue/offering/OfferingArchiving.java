package fi.osaava.catalogue.offering;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Archives ended offerings every {@code osaava.offerings.archive-interval} on its own thread. Every instance
 * runs it; {@link OfferingManagement#archiveEnded()} makes that safe.
 */
@Component
class OfferingArchiving implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OfferingArchiving.class);

    private final OfferingManagement offerings;
    private final OfferingProperties properties;
    private @Nullable ScheduledExecutorService executor;

    OfferingArchiving(OfferingManagement offerings, OfferingProperties properties) {
        this.offerings = offerings;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "offering-archiving");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.archiveInterval().toMillis();
        executor.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            offerings.archiveEnded();
        } catch (RuntimeException e) {
            log.warn("Archiving ended offerings failed, next try in {}: {}", properties.archiveInterval(), e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
