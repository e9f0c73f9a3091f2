package fi.osaava.kit.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    @Test
    void aTaskFromStartRunsAtOnceAndAgainAfterAFailedRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        PeriodicTask task = PeriodicTask.fromStart("test-from-start", Duration.ofMillis(50), () -> {
            runs.incrementAndGet();
            twice.countDown();
            throw new IllegalStateException("a failed run");
        });

        task.start();
        try {
            // an hour-long interval would be no help here: the first run must not wait for it
            assertThat(twice.await(10, TimeUnit.SECONDS)).as("ran twice although the first run failed").isTrue();
        } finally {
            task.stop();
        }
        assertThat(task.isRunning()).isFalse();
    }

    @Test
    void aPlainTaskWaitsOneIntervalBeforeItsFirstRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("test-plain", Duration.ofHours(1), runs::incrementAndGet);
        PeriodicTask fromStart = PeriodicTask.fromStart("test-hourly-from-start", Duration.ofHours(1),
                runs::incrementAndGet);

        task.start();
        fromStart.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (runs.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);
        } finally {
            task.stop();
            fromStart.stop();
        }
        assertThat(runs).as("only the task from start ran").hasValue(1);
    }
}
