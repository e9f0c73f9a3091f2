package fi.osaava.kit.task;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs {@code work} on a daemon thread of its own, with {@code interval} between the end of one run
 * and the start of the next, from the application's start until it stops. A failed run is logged and
 * the next one comes on time. Stopping lets a running run finish (up to 5 s). It stops before the
 * Kafka binder's producers go away, so work that publishes can finish.
 *
 * <p>A task made with {@link #oncePerCluster} runs on one instance of the service at a time and about once per
 * interval across all of them: each run takes a ShedLock lock named after the task in the service's database
 * ({@link ClusterLocks}), held at least 4/5 of the interval (so the other instances' turns in that time are skipped)
 * and at most {@code lockAtMostFor} (so a run whose instance died frees it).
 */
public final class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Duration firstRunAfter;
    private final Runnable work;
    private @Nullable ScheduledExecutorService executor;

    /** Runs on every instance: for work that must (e.g. an instance's own cache) or that is cheap and idempotent. */
    public PeriodicTask(String name, Duration interval, Runnable work) {
        this(name, interval, interval, work);
    }

    private PeriodicTask(String name, Duration interval, Duration firstRunAfter, Runnable work) {
        this.name = name;
        this.interval = interval;
        this.firstRunAfter = firstRunAfter;
        this.work = work;
    }

    /** Runs on every instance, the first time as soon as the application has started, then every interval. */
    public static PeriodicTask fromStart(String name, Duration interval, Runnable work) {
        return new PeriodicTask(name, interval, Duration.ZERO, work);
    }

    /** How long a run may hold its lock if its instance dies mid-run (a run that takes longer is the job's bug). */
    public static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    /** {@link #oncePerCluster(String, Duration, Duration, Runnable, LockingTaskExecutor)} with {@link #LOCK_AT_MOST}. */
    public static PeriodicTask oncePerCluster(String name, Duration interval, Runnable work, LockingTaskExecutor locks) {
        return oncePerCluster(name, interval, LOCK_AT_MOST, work, locks);
    }

    /** Runs on one instance at a time, about once per interval across the cluster (see the class comment). */
    public static PeriodicTask oncePerCluster(String name, Duration interval, Duration lockAtMostFor, Runnable work,
                                              LockingTaskExecutor locks) {
        Duration atLeast = interval.multipliedBy(4).dividedBy(5);
        Duration atMost = lockAtMostFor.compareTo(atLeast) > 0 ? lockAtMostFor : atLeast.plus(interval);
        return new PeriodicTask(name, interval, () -> locks.executeWithLock(work,
                // the lock's times are the machine's (ShedLock compares with its own clock), not the domain's clock
                new LockConfiguration(ClockProvider.now(), name, atMost, atLeast)));
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, firstRunAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} failed, next run in {}: {}", name, interval, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
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

    @Override
    public int getPhase() {
        // stop before the binder's producers go away
        return Integer.MAX_VALUE - 100;
    }
}
