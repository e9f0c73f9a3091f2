package fi.osaava.catalogue.preregistration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.osaava.catalogue.offering.OfferingFactsLookup;
import fi.osaava.catalogue.preregistration.PreRegistrationManagement.Outcome;
import fi.osaava.kit.outbox.OutboxSignals;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.ConflictException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Not a test: a stress check run by hand (see infra/benchmarks/README.md). The scenario of
 * {@code PreRegistrationConcurrencyTest.twoInstancesWithTheirOwnConnectionsStillHandOutOnlyTheSeatsThereAre}, many
 * times over: two instances of pre-registration, each with its own MongoClient, on one mongo-java-server (the store
 * of the tests and of the local stack); per trial a fresh funded offering and many organisations asking for one seat
 * each at the same moment. Prints how many trials handed out more seats than there are, how many refused someone
 * while seats were still free, and how often a ledger read mixed two versions of the document (and how often a step
 * decided on such a read was written).
 *
 * <p>Arguments (all optional): trials (500), capacity (10), organisations (40).
 */
public final class SeatLedgerStressCheck {

    private SeatLedgerStressCheck() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int organisations = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        ExecutorService threads = Executors.newFixedThreadPool(organisations);
        MixedReads mixed = new MixedReads();
        try (MongoClient first = MongoClients.create(uri); MongoClient second = MongoClients.create(uri)) {
            MongoTemplate firstStore = new MongoTemplate(first, "stress");
            List<PreRegistrationManagement> instances =
                    List.of(instance(firstStore, mixed), instance(new MongoTemplate(second, "stress"), mixed));
            TestOfferings offerings = new TestOfferings(firstStore);

            int overbooked = 0;
            int refusedWhileFree = 0;
            int ledgerDisagrees = 0;
            long granted = 0;
            long startedAt = System.nanoTime();
            for (int trial = 0; trial < trials; trial++) {
                String offering = offerings.funded(capacity);
                Tally tally = race(threads, instances, offering, organisations, mixed);
                Document ledger = offerings.ledger(offering);
                List<Document> active = ledger.getList("preRegistrations", Document.class).stream()
                        .filter(p -> !"CANCELLED".equals(p.getString("status"))).toList();
                int held = ledger.getInteger("reservedSeats");
                granted += tally.created;
                if (tally.created > capacity || active.size() > capacity || held > capacity) {
                    overbooked++;
                    System.out.printf("trial %d: %d × 201 on %d seats; the ledger holds %d seats in %d "
                            + "pre-registrations%n", trial, tally.created, capacity, held, active.size());
                }
                if (tally.refused > 0 && tally.created < capacity) {
                    refusedWhileFree++;
                    System.out.printf("trial %d: %d refused while only %d of %d seats went%n",
                            trial, tally.refused, tally.created, capacity);
                }
                if (held != active.size() || held != tally.created || tally.created + tally.refused != organisations) {
                    ledgerDisagrees++;
                    System.out.printf("trial %d: %d × 201, the ledger holds %d seats in %d pre-registrations%n",
                            trial, tally.created, held, active.size());
                }
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
            System.out.printf("overbooked trials: %d of %d%n", overbooked, trials);
            System.out.printf("seats handed out: %d on %d × %d = %d seats%n", granted, trials, capacity,
                    (long) trials * capacity);
            System.out.printf("trials refusing someone while seats were free: %d of %d%n", refusedWhileFree, trials);
            System.out.printf("trials whose answers, held seats and pre-registrations disagree: %d of %d%n",
                    ledgerDisagrees, trials);
            System.out.printf("ledger reads mixing two versions: %d; steps decided on one and written: %d%n",
                    mixed.seen.get(), mixed.written.get());
            System.out.printf("(%d organisations per trial, two instances, %d s, %d processors)%n", organisations,
                    seconds, Runtime.getRuntime().availableProcessors());
        } finally {
            threads.shutdownNow();
            server.shutdownNow();
        }
    }

    private static PreRegistrationManagement instance(MongoTemplate store, MixedReads mixed) {
        SeatLedgers ledgers = new SeatLedgers(store, new OutboxSignals(List.of())) {
            @Override
            public Optional<SeatLedger> find(String offeringId) {
                Optional<SeatLedger> read = super.find(offeringId);
                read.filter(MixedReads::isMixed).ifPresent(mixed::add);
                return read;
            }
        };
        return new PreRegistrationManagement(new OfferingFeatureCatalogue(new OfferingFactsLookup(store)), ledgers,
                new PreRegistrationAccess(), Clock.systemUTC(), new SimpleMeterRegistry());
    }

    /** Every organisation asks for one seat, all released together, half of them through each instance. */
    private static Tally race(ExecutorService threads, List<PreRegistrationManagement> instances, String offering,
                              int organisations, MixedReads mixed) throws Exception {
        CountDownLatch ready = new CountDownLatch(organisations);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            PreRegistrationManagement instance = instances.get(i % instances.size());
            Actor actor = new Actor("client-" + i, "org-producer-" + i, Set.of(Actor.MEMBER));
            answers.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    Outcome outcome = instance.register(offering, 1, actor);
                    mixed.countIfWritten(outcome);
                    return outcome.changed();
                } catch (ConflictException full) {
                    return false;
                }
            }));
        }
        ready.await();
        go.countDown();
        Tally tally = new Tally();
        for (Future<Boolean> answer : answers) {
            if (answer.get(2, TimeUnit.MINUTES)) {
                tally.created++;
            } else {
                tally.refused++;
            }
        }
        return tally;
    }

    private static final class Tally {
        int created;
        int refused;
    }

    /**
     * Reads whose held seats are not the sum of their active pre-registrations' seats: the stored ledger always
     * agrees with itself, so such a read has fields from two versions of the document.
     */
    private static final class MixedReads {
        final Set<SeatLedger> ledgers = ConcurrentHashMap.newKeySet();
        final AtomicInteger seen = new AtomicInteger();
        final AtomicInteger written = new AtomicInteger();

        static boolean isMixed(SeatLedger read) {
            return read.reservedSeats() != read.preRegistrations().stream()
                    .filter(PreRegistration::isActive).mapToInt(PreRegistration::seats).sum();
        }

        void add(SeatLedger read) {
            seen.incrementAndGet();
            ledgers.add(read);
        }

        /** The outcome's ledger is the very object the step read, changed and wrote. */
        void countIfWritten(Outcome outcome) {
            if (ledgers.remove(outcome.ledger()) && outcome.changed()) {
                written.incrementAndGet();
            }
        }
    }
}
