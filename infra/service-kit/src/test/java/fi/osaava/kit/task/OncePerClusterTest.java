package fi.osaava.kit.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

/**
 * Two instances' tasks of one name, sharing a store (its MongoDB wire protocol, as the services do): one runs at a
 * time, and the other's turn within 4/5 of the interval is skipped; after that it may run.
 */
class OncePerClusterTest {

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private LockingTaskExecutor instance() {
        // each instance its own client, as two processes would have
        return new DefaultLockingTaskExecutor(new MongoLockProvider(client.getDatabase("osaava-test")));
    }

    @Test
    void oneInstanceAtATimeAndAboutOncePerInterval() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Duration interval = Duration.ofMillis(500);
        PeriodicTask a = PeriodicTask.oncePerCluster("reminders", interval, () -> {
            runs.add("a");
            firstRunning.countDown();
            await(release);
        }, instance());
        PeriodicTask b = PeriodicTask.oncePerCluster("reminders", interval, () -> runs.add("b"), instance());

        a.start();
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
        b.start();
        Thread.sleep(interval.toMillis() * 2); // b's turns come while a runs (and holds the lock)
        assertThat(runs).containsExactly("a");

        release.countDown();
        Thread.sleep(interval.toMillis() * 4);
        a.stop();
        b.stop();
        // after a's run the lock is held 4/5 of an interval more, then whoever comes first takes it: about one run
        // per interval in all, never two at once
        assertThat(runs).hasSizeBetween(2, 7).contains("b");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
