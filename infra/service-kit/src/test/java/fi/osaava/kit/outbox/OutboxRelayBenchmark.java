package fi.osaava.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import fi.osaava.kit.event.EventType;
import fi.osaava.kit.event.OutboxAggregate;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

/**
 * Not a test: a main class that measures the relay from an aggregate's write to the broker's acknowledgement of its
 * events, with the relay wired as in a service (push on save, batches, asynchronous acknowledgements, one removal
 * per aggregate) on mongo-java-server and an embedded KRaft broker, both in this JVM. Two runs:
 * <ul>
 *   <li>throughput: {@code writers} threads insert {@code aggregates} aggregates as fast as they can; events/s is
 *       all events over the time from the first write to the last acknowledgement;</li>
 *   <li>latency: one thread inserts at {@code rate} aggregates/s (an even pace); the relay's added latency, from
 *       each event's {@code time} (stamped just before its write) to its acknowledgement, p50/p90/p99/p99.9/max.</li>
 * </ul>
 * Arguments: {@code [aggregates=20000] [eventsPerAggregate=1] [writers=4] [rate=1000] [batchSize=100]}.
 */
public final class OutboxRelayBenchmark {

    @Document("benchmark_things")
    static class Thing extends OutboxAggregate {
        @Id
        String id = UUID.randomUUID().toString();
        @Version
        Long version;

        Thing(int events) {
            for (int i = 0; i < events; i++) {
                raise(new Happened(id, i, "x".repeat(200)), Instant.now());
            }
        }

        @Override
        protected String aggregateId() {
            return id;
        }
    }

    @EventType("fi.osaava.benchmark.thing.happened.v1")
    record Happened(String thingId, int sequence, String padding) {
    }

    public static void main(String[] args) throws Exception {
        int aggregates = arg(args, 0, 20_000);
        int eventsPerAggregate = arg(args, 1, 1);
        int writers = arg(args, 2, 4);
        int rate = arg(args, 3, 1_000);
        int batchSize = arg(args, 4, 100);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        try {
            System.out.printf("%d cores, %s; %d events per aggregate, batch size %d%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                    eventsPerAggregate, batchSize);
            run(broker, "warm-up", aggregates / 4, eventsPerAggregate, writers, 0, batchSize);
            run(broker, "throughput", aggregates, eventsPerAggregate, writers, 0, batchSize);
            run(broker, "latency at " + rate + " aggregates/s", Math.min(aggregates, rate * 10), eventsPerAggregate, 1,
                    rate, batchSize);
        } finally {
            broker.destroy();
        }
        System.exit(0);
    }

    private static void run(EmbeddedKafkaKraftBroker broker, String name, int aggregates, int eventsPerAggregate,
                            int writers, int rate, int batchSize) throws Exception {
        try (RelayRig rig = new RelayRig(broker.getBrokersAsString(), Duration.ofHours(1), batchSize,
                new OutboxRoute("benchmark_things", RelayRig.BINDING))) {
            rig.startLoop();
            long expected = (long) aggregates * eventsPerAggregate;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            long start = System.nanoTime();
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int share = aggregates / writers + (w < aggregates % writers ? 1 : 0);
                writes.add(pool.submit(() -> write(rig, share, eventsPerAggregate, rate)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            long written = System.nanoTime();
            long deadline = written + TimeUnit.MINUTES.toNanos(5);
            while (rig.meters.counter("osaava.outbox.published").count() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not all published: " + rig.meters.counter("osaava.outbox.published").count());
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            long done = System.nanoTime();
            pool.shutdown();
            Timer latency = rig.meters.timer("osaava.outbox.latency");
            StringBuilder percentiles = new StringBuilder();
            for (ValueAtPercentile p : latency.takeSnapshot().percentileValues()) {
                percentiles.append(String.format(" p%s %.1f ms", trim(p.percentile() * 100), p.value(TimeUnit.MILLISECONDS)));
            }
            System.out.printf("%-28s %7d events in %6.2f s (writes took %6.2f s): %8.0f events/s;%s; max %.1f ms%n",
                    name, expected, (done - start) / 1e9, (written - start) / 1e9, expected / ((done - start) / 1e9),
                    percentiles, latency.max(TimeUnit.MILLISECONDS));
        }
    }

    private static void write(RelayRig rig, int aggregates, int eventsPerAggregate, int rate) {
        long interval = rate > 0 ? TimeUnit.SECONDS.toNanos(1) / rate : 0;
        long next = System.nanoTime();
        for (int i = 0; i < aggregates; i++) {
            if (interval > 0) {
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            rig.mongo.insert(new Thing(eventsPerAggregate));
        }
    }

    private static String trim(double percentile) {
        return percentile == Math.rint(percentile) ? String.valueOf((long) percentile) : String.valueOf(percentile);
    }

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }
}
