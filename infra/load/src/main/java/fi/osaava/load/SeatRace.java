package fi.osaava.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.Service;

/**
 * The overbooking guard on the running stack: more organisations than an offering has seats pre-register for one
 * seat each at the same moment, spread over every catalogue instance; then, round after round, some of those that
 * hold a seat cancel while those that hold none try again. A watcher reads the seats all the while. At the end the
 * offering's held seats must equal the seats the organisations were told they hold, and never exceed its capacity.
 */
final class SeatRace {

    /** What a race saw. */
    record Result(int capacity, int organisations, int rounds, int accepted, int full, int noAnswer, int otherAnswers,
                  int maxHeldSeen, int heldAtEnd, int heldByAnswers, int readings) {

        boolean clean() {
            return maxHeldSeen <= capacity && heldAtEnd == heldByAnswers && heldAtEnd <= capacity && otherAnswers == 0
                    && noAnswer == 0;
        }

        @Override
        public String toString() {
            return "capacity " + capacity + ", " + organisations + " organisations, " + rounds + " rounds: " + accepted
                    + " pre-registrations accepted, " + full + " refused as full, " + otherAnswers + " other answers, "
                    + noAnswer + " unanswered; most seats held in " + readings + " readings " + maxHeldSeen
                    + ", held at the end " + heldAtEnd + " (the answers say " + heldByAnswers + ")";
        }
    }

    private final OsaavaApi api;
    private final int instances;
    private final List<ClientCredentials> organisations = new ArrayList<>();
    private ClientCredentials provider;
    private String offeringId;
    private int capacity;

    SeatRace(OsaavaApi api, int instances) {
        this.api = api;
        this.instances = instances;
    }

    /** A provider with an offering of {@code capacity} seats, and {@code count} organisations with a client each. */
    void setUp(int capacity, int count) {
        this.capacity = capacity;
        java.util.Iterator<String> businessIds = java.util.stream.IntStream.range(7_100_000, 7_200_000)
                .mapToObj(SeatRace::businessIdOrNull)
                .filter(java.util.Objects::nonNull).iterator();
        String providerId = api.registerOrganisation("Paikkakilpa Oy", businessIds.next(), FaultRun.REGION);
        provider = api.createClient(providerId);
        // in another region than the load's subscribers': the race's offering owes them nothing
        offeringId = api.publishFundedOffering(provider, "Paikkakilpailu", capacity, FaultRun.OTHER_REGION);
        for (int i = 1; i <= count; i++) {
            organisations.add(api.createClient(api.registerOrganisation("Paikkakilpailija " + i, businessIds.next(),
                    FaultRun.REGION)));
        }
    }

    private static String businessIdOrNull(int number) {
        try {
            return OsaavaApi.businessId(number);
        } catch (IllegalArgumentException noCheckDigit) {
            return null;
        }
    }

    Result run(int rounds) throws InterruptedException {
        Map<Integer, Boolean> holds = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        AtomicInteger noAnswer = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger maxHeld = new AtomicInteger();
        AtomicInteger readings = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                try {
                    maxHeld.accumulateAndGet(api.seats(provider, offeringId).path("reservedSeats").asInt(), Math::max);
                    readings.incrementAndGet();
                } catch (LoadException e) {
                    // a reading missed; the next one counts
                }
                Deadline.pause(50);
            }
        }, "seat-watcher");
        watcher.start();
        ExecutorService threads = Executors.newFixedThreadPool(organisations.size());
        try {
            for (int round = 0; round < rounds; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < organisations.size(); i++) {
                    int who = i;
                    boolean holding = holds.getOrDefault(who, false);
                    // round 0: everyone registers; later: a third of the holders cancel, everyone else tries
                    boolean cancel = holding && ThreadLocalRandom.current().nextInt(3) == 0;
                    if (holding && !cancel) {
                        continue;
                    }
                    int instance = (who + round) % instances;
                    calls.add(threads.submit(() -> {
                        go.await();
                        ClientCredentials organisation = organisations.get(who);
                        if (cancel) {
                            int status = api.cancelPreRegistration(organisation, offeringId, instance);
                            if (status == 200) {
                                holds.put(who, false);
                            } else {
                                count(status, noAnswer, other);
                            }
                        } else {
                            int status = api.preRegister(organisation, offeringId, 1, instance);
                            if (status == 201 || status == 200) {
                                accepted.incrementAndGet();
                                holds.put(who, true);
                            } else if (status == 409) {
                                full.incrementAndGet();
                            } else {
                                count(status, noAnswer, other);
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> call : calls) {
                    try {
                        call.get(120, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        other.incrementAndGet();
                    }
                }
            }
        } finally {
            threads.shutdownNow();
            watching.set(false);
            watcher.join(10_000);
        }
        JsonNode end = api.seats(provider, offeringId);
        int heldByAnswers = (int) holds.values().stream().filter(Boolean::booleanValue).count();
        return new Result(capacity, organisations.size(), rounds, accepted.get(), full.get(), noAnswer.get(), other.get(),
                maxHeld.get(), end.path("reservedSeats").asInt(), heldByAnswers, readings.get());
    }

    private static void count(int status, AtomicInteger noAnswer, AtomicInteger other) {
        (status == -1 ? noAnswer : other).incrementAndGet();
    }

    static int catalogueInstances(fi.osaava.localstack.LocalStack stack) {
        return stack.serviceUrls(Service.CATALOGUE).size();
    }
}
