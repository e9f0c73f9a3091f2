package fi.osaava.catalogue.preregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import fi.osaava.catalogue.offering.OfferingFactsLookup;
import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.outbox.OutboxSignals;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.kit.domain.ConflictException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many organisations at once, each with its own token: the capacity holds, and the ledger, the answers and the
 * published events agree — through one instance over real HTTP, and through two instances sharing the store.
 */
@ServiceIntegrationTest
class PreRegistrationConcurrencyTest {

    static final int CAPACITY = 10;
    static final int ORGANISATIONS = 40;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Logger log = LoggerFactory.getLogger(PreRegistrationConcurrencyTest.class);

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    final List<String> tokens = IntStream.range(0, ORGANISATIONS)
            .mapToObj(i -> TestTokens.forOrganisation("org-producer-" + i, "MEMBER")).toList();

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    int register(int organisation, String offering) {
        return as(tokens.get(organisation)).post().uri("/api/offerings/{id}/pre-registrations", offering)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("seats", 1)).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    int cancel(int organisation, String offering) {
        return as(tokens.get(organisation)).delete().uri("/api/offerings/{id}/pre-registrations/mine", offering)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    @Test
    void fortyOrganisationsAtOnceGetExactlyTheTenSeatsThereAreAndCancellationsFreeThemForOthers() throws Exception {
        String offering = new TestOfferings(mongo).funded(CAPACITY);
        List<Integer> everyone = IntStream.range(0, ORGANISATIONS).boxed().toList();

        // round 1: everyone at once
        List<Integer> first = all(everyone.stream().<Callable<Integer>>map(i -> () -> register(i, offering)).toList());
        List<Integer> winners = everyone.stream().filter(i -> first.get(i) == 201).toList();
        List<Integer> losers = everyone.stream().filter(i -> first.get(i) != 201).toList();
        assertThat(winners).hasSize(CAPACITY);
        assertThat(losers).hasSize(ORGANISATIONS - CAPACITY).allSatisfy(i -> assertThat(first.get(i)).isEqualTo(409));
        assertLedgerHolds(offering, CAPACITY);

        // round 2: the winners cancel while the losers try again, all at once
        List<Callable<Integer>> round2 = new ArrayList<>();
        winners.forEach(i -> round2.add(() -> cancel(i, offering)));
        losers.forEach(i -> round2.add(() -> register(i, offering)));
        List<Integer> second = all(round2);
        assertThat(second.subList(0, winners.size())).containsOnly(200);
        List<Integer> secondRegistrations = second.subList(winners.size(), second.size());
        assertThat(secondRegistrations).containsOnly(201, 409);
        long seatedInRound2 = secondRegistrations.stream().filter(s -> s == 201).count();
        assertLedgerHolds(offering, (int) seatedInRound2);

        // round 3: whoever is still without a seat tries once more: exactly the free seats go
        List<Integer> stillOut = IntStream.range(0, losers.size()).filter(k -> secondRegistrations.get(k) != 201)
                .mapToObj(losers::get).toList();
        List<Integer> third = all(stillOut.stream().<Callable<Integer>>map(i -> () -> register(i, offering)).toList());
        assertThat(third.stream().filter(s -> s == 201).count()).isEqualTo(CAPACITY - seatedInRound2);
        assertThat(third.stream().filter(s -> s == 409).count()).isEqualTo(stillOut.size() - (CAPACITY - seatedInRound2));
        assertLedgerHolds(offering, CAPACITY);
        log.info("Seats {} for {} organisations: round 1 {} × 201, {} × 409; round 2 {} cancels, {} of {} seated; "
                        + "round 3 {} of {} seated; {} writes lost to another and run again", CAPACITY, ORGANISATIONS,
                winners.size(), losers.size(), winners.size(), seatedInRound2, losers.size(),
                CAPACITY - seatedInRound2, stillOut.size(), meters.counter("osaava.seat-ledger.lost-writes").count());

        // the events tell the same story, one step at a time, never beyond the capacity
        int steps = CAPACITY + CAPACITY + CAPACITY;
        try (TopicProbe probe = TopicProbe.on(brokers, "catalogue.pre-registrations.v1")) {
            List<ConsumerRecord<String, String>> events = eventsOf(probe, offering, steps);
            assertThat(events).hasSize(steps);
            int reserved = 0;
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicProbe.header(event, "ce_type");
                EventContracts.assertConforms(type, event.value());
                reserved += EventContracts.PRE_REGISTRATION_REGISTERED.equals(type) ? 1 : -1;
                JsonNode data = JSON.readTree(event.value());
                assertThat(data.get("reservedSeats").asInt()).isEqualTo(reserved).isLessThanOrEqualTo(CAPACITY);
            }
            assertThat(reserved).isEqualTo(CAPACITY);
        }
    }

    @Test
    void twoInstancesWithTheirOwnConnectionsStillHandOutOnlyTheSeatsThereAre() throws Exception {
        String offering = new TestOfferings(mongo).funded(CAPACITY);
        try (MongoClient ownConnections = MongoClients.create(mongoUri)) {
            // a second instance of the service: its own client, pool and beans on the same database
            MongoTemplate secondStore = new MongoTemplate(ownConnections, mongo.getDb().getName());
            PreRegistrationManagement secondInstance = new PreRegistrationManagement(
                    new OfferingFeatureCatalogue(new OfferingFactsLookup(secondStore)),
                    new SeatLedgers(secondStore, new OutboxSignals(List.of())), new PreRegistrationAccess(),
                    Clock.systemUTC(), new SimpleMeterRegistry());

            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < ORGANISATIONS; i++) {
                int organisation = i;
                calls.add(i % 2 == 0 ? () -> register(organisation, offering) : () -> {
                    Actor actor = new Actor("client-" + organisation, "org-producer-" + organisation, Set.of("MEMBER"));
                    try {
                        secondInstance.register(offering, 1, actor);
                        return 201;
                    } catch (ConflictException full) {
                        return 409;
                    }
                });
            }
            List<Integer> answers = all(calls);

            assertThat(answers.stream().filter(s -> s == 201).count()).isEqualTo(CAPACITY);
            assertThat(answers.stream().filter(s -> s == 409).count()).isEqualTo(ORGANISATIONS - CAPACITY);
            assertLedgerHolds(offering, CAPACITY);
        }
    }

    /** The offering's events on the topic, in order, once {@code count} of them arrived (or a minute passed). */
    private static List<ConsumerRecord<String, String>> eventsOf(TopicProbe probe, String offering, int count) {
        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (events.size() < count && System.nanoTime() < until) {
            probe.await(1, Duration.ofSeconds(1)).stream().filter(r -> offering.equals(r.key())).forEach(events::add);
        }
        return events;
    }

    /** The stored ledger: its count, the seats of its active pre-registrations and the capacity agree. */
    private void assertLedgerHolds(String offering, int seats) {
        Document ledger = new TestOfferings(mongo).ledger(offering);
        List<Document> active = ledger.getList("preRegistrations", Document.class).stream()
                .filter(p -> !"CANCELLED".equals(p.getString("status"))).toList();
        assertThat(ledger.getInteger("reservedSeats")).isEqualTo(seats).isLessThanOrEqualTo(CAPACITY);
        assertThat(active.stream().mapToInt(p -> p.getInteger("seats")).sum()).isEqualTo(seats);
        assertThat(active.stream().map(p -> p.getString("organisationId")).distinct()).hasSize(active.size());
    }

    /** Runs the calls on their own threads, released together; the answers in the calls' order. */
    private static List<Integer> all(List<Callable<Integer>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = calls.stream().map(call -> threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            })).toList();
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
