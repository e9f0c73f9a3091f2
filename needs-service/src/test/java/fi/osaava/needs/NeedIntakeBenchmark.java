package fi.osaava.needs;


import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.needs.coverage.CoverageManagement;
import fi.osaava.needs.coverage.OfferingState;
import fi.osaava.needs.coverage.PublishedOffering;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.DesiredTiming;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.Needs;
import fi.osaava.needs.need.OfferingCoverage;
import fi.osaava.needs.need.TargetGroup;

/**
 * Not a test: a benchmark run by hand (see infra/benchmarks/README.md). The need intake and publish path
 * of needs-service on the local stack's store (mongo-java-server, H2 file backend), on a fresh store and
 * again after it holds many needs, through the service's own repositories and use cases (no HTTP, no
 * broker: the outbox relay sends to a stub that acknowledges at once). Per round it times
 * <ul>
 * <li>create-and-publish, one caller, then the outbox relay's sweeps that take those events out;</li>
 * <li>an idle relay sweep (nothing pending): what the relay's safety net costs every 10 s;</li>
 * <li>create-and-publish from 8 callers at once with the relay's sweep running every 10 s beside them, as on
 * the local stack;</li>
 * <li>endorsements (a load-change-save of one need);</li>
 * <li>the coverage of one need from the read model of offerings (twice in every create-and-publish);</li>
 * <li>an offering published by the catalogue (the consumer's coverage update);</li>
 * <li>the similar-needs check a reporter makes before reporting.</li>
 * </ul>
 * The filled store is built from the aggregates themselves (a quarter of them open, with their coverage, and
 * the rest closed, as history is) inserted with {@link Needs#insert(Iterable)}, their outboxes then emptied as the relay
 * would have.
 *
 * <p>Arguments (all optional): stored needs (20000), operations per step (400), offerings (300).
 */
public final class NeedIntakeBenchmark {

    private static final ActedBy ENDORSER = new ActedBy("org-endorser", "user-e");
    private static final int CALLERS = 8;

    private final NeedManagement management;
    private final CoverageManagement coverage;
    private final OfferingCoverage offeringCoverage;
    private final Needs needs;
    private final MongoTemplate mongo;
    private final List<String> areas;
    private final List<String> regions;
    private final Random random = new Random(42);
    private final AtomicInteger sequence = new AtomicInteger();

    private NeedIntakeBenchmark(ConfigurableApplicationContext context) {
        this.management = context.getBean(NeedManagement.class);
        this.coverage = context.getBean(CoverageManagement.class);
        this.offeringCoverage = context.getBean(OfferingCoverage.class);
        this.needs = context.getBean(Needs.class);
        this.mongo = context.getBean(MongoTemplate.class);
        ReferenceData reference = ReferenceData.get();
        this.areas = reference.competenceAreaCodes().stream().filter(reference::isCurrentCompetenceArea).sorted().toList();
        this.regions = reference.regionCodes().stream().sorted().toList();
    }

    /**
     * What the outbox relay's safety-net sweep does to this collection (every {@code osaava.outbox.sweep-interval},
     * 10 s): find needs with pending events, a hundred at a time, and take the events out (here without a broker:
     * the relay itself is measured by service-kit's OutboxRelayBenchmark). Written events are published on their
     * signal, by id, not by this query.
     */
    private int sweep() {
        Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(100);
        pending.fields().include("_id");
        int count = 0;
        for (org.bson.Document need : mongo.find(pending, org.bson.Document.class, "competence_needs")) {
            mongo.updateFirst(new Query(Criteria.where("_id").is(need.get("_id"))),
                    new Update().set("outbox", List.of()).inc("version", 1), "competence_needs");
            count++;
        }
        return count;
    }

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int operations = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int offerings = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        // the store's own logging, before Boot's logging system (which the --logging argument quietens) starts
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        Path dir = Files.createTempDirectory("need-intake-benchmark");
        MongoServer server = new MongoServer(new H2Backend(dir.resolve("mongo.mv").toString()));
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/needs-benchmark";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NeedsStore.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.mongodb.uri=" + uri, "--spring.data.mongodb.auto-index-creation=true",
                        "--logging.level.root=WARN")) {
            NeedIntakeBenchmark benchmark = new NeedIntakeBenchmark(context);
            System.out.printf("%d offerings in the read model, %d operations per step, %d callers%n", offerings,
                    operations, CALLERS);
            benchmark.publishOfferings(offerings);
            benchmark.warmUp(operations);
            benchmark.round("fresh", operations);
            benchmark.fill(stored);
            benchmark.round("filled", operations);
        } finally {
            server.shutdownNow();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(NeedIntakeBenchmark::delete);
            }
        }
    }

    private void round(String label, int operations) throws Exception {
        System.out.printf("%n== %s: %d needs and %d offerings stored ==%n", label, needs.count(),
                mongo.getCollection("offerings").countDocuments());
        List<String> created = new ArrayList<>();
        print(label, "create+publish, 1 caller", timed(operations, i -> created.add(createAndPublish())));
        long drainStart = System.nanoTime();
        int sweeps = drain();
        System.out.printf("%-7s %-38s %d events in %d sweeps, %.0f ms%n", label, "relay: take them out", operations,
                sweeps, (System.nanoTime() - drainStart) / 1e6);
        print(label, "relay: one idle sweep", timed(20, i -> sweep()));
        print(label, "create+publish, " + CALLERS + " callers + relay", concurrently(operations));
        drain();
        print(label, "endorse", timed(operations, i -> management.endorse(created.get(i % created.size()),
                1 + i, "", new ActedBy("org-endorser-" + i, "user-e"))));
        drain();
        List<CompetenceNeed> some = needs.findAllById(created.subList(0, 50));
        print(label, "coverage of a need (offering read model)", timed(operations,
                i -> offeringCoverage.coveringOfferingsOf(some.get(i % some.size()))));
        AtomicInteger changed = new AtomicInteger();
        print(label, "offering published (consumer)", timed(5, i -> changed.addAndGet(coverage.offeringPublished(offering()))));
        System.out.printf("%-7s %-38s %d needs' coverage changed%n", label, "", changed.get());
        drain();
        print(label, "similar needs (GET /similar)", timed(50, i -> management.similarTo(List.of(area()), region(),
                TargetGroup.STAFF, 10)));
    }

    /** The JIT's turn: the steps once, unprinted, on a store emptied again afterwards. */
    private void warmUp(int operations) throws Exception {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            round("warm-up", operations);
        } finally {
            System.setOut(out);
        }
        needs.deleteAll();
    }

    private String createAndPublish() {
        return management.create(draft(), true, reporter()).id();
    }

    private long[] concurrently(int operations) throws Exception {
        ScheduledExecutorService relayLoop = Executors.newSingleThreadScheduledExecutor();
        relayLoop.scheduleWithFixedDelay(this::sweep, 0, 10, TimeUnit.SECONDS);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger left = new AtomicInteger(operations);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            running.add(callers.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long t = System.nanoTime();
                    createAndPublish();
                    latencies.add(System.nanoTime() - t);
                }
            }));
        }
        for (Future<?> caller : running) {
            caller.get();
        }
        long elapsed = System.nanoTime() - start;
        callers.shutdown();
        relayLoop.shutdown();
        relayLoop.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("%-7s %-38s %.0f needs/s%n", "", "", operations / (elapsed / 1e9));
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    /** History: needs in every region and area, a quarter of them open and the rest closed. */
    private void fill(int count) {
        long start = System.nanoTime();
        Instant now = Instant.now();
        List<CompetenceNeed> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CompetenceNeed need = CompetenceNeed.draft(draft(), now);
            need.publish(now, reporter());
            if (i % 4 == 0) {
                need.coverWith(offeringCoverage.coveringOfferingsOf(need), now); // as publishing does
            } else {
                need.close("dealt with", now, reporter());
            }
            batch.add(need);
            if (batch.size() == 1000) {
                needs.insert(batch);
                batch.clear();
            }
        }
        needs.insert(batch);
        // what the relay would have done with their events long ago
        mongo.updateMulti(new Query(), new Update().set("outbox", List.of()), CompetenceNeed.class);
        System.out.printf("%nfilled with %d needs in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    private void publishOfferings(int count) {
        for (int i = 0; i < count; i++) {
            coverage.offeringPublished(offering());
        }
    }

    private int drain() {
        int sweeps = 0;
        while (sweep() > 0) {
            sweeps++;
        }
        return sweeps;
    }

    private NeedDraft draft() {
        int n = sequence.incrementAndGet();
        return new NeedDraft("org-" + random.nextInt(200), region(), List.of(area()),
                random.nextBoolean() ? TargetGroup.STAFF : TargetGroup.SUPERVISORS, "Tarve " + n,
                "Kuvaus tarpeesta " + n, 5 + random.nextInt(100), Horizon.values()[random.nextInt(4)], DesiredTiming.ANY);
    }

    private PublishedOffering offering() {
        int n = sequence.incrementAndGet();
        return new PublishedOffering("offering-" + n, "org-provider-" + random.nextInt(50), "Koulutus " + n,
                List.of(area()), List.of(region()), List.of("STAFF", "SUPERVISORS"), "ON_SITE", null, null,
                OfferingState.PUBLISHED, Instant.now());
    }

    private ActedBy reporter() {
        return new ActedBy("org-" + random.nextInt(200), "user");
    }

    private synchronized String area() {
        return areas.get(random.nextInt(areas.size()));
    }

    private synchronized String region() {
        return regions.get(random.nextInt(regions.size()));
    }

    private static long[] timed(int times, IntConsumer operation) {
        long[] latencies = new long[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            operation.accept(i);
            latencies[i] = System.nanoTime() - t;
        }
        return latencies;
    }

    private static void print(String label, String step, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("%-7s %-38s n=%-5d mean %8.2f ms  p50 %8.2f  p99 %8.2f  max %8.2f%n", label, step,
                sorted.length, mean / 1e6, at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            System.err.println("could not delete " + path + ": " + e);
        }
    }
}
