package fi.osaava.notification.alert;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.notification.Mails;
import fi.osaava.notification.SmtpSink;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.SubscriptionIndex;

/**
 * The alert path on a real store, broker and SMTP server: recording in bulk is idempotent on redelivery, a
 * delivery that is already done is never sent again by a late dispatch, and a small fan-out is not kept
 * waiting behind a large one. Each test has its own region, so its subscriptions match only its own events.
 */
@ServiceIntegrationTest
class AlertPathIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        registry.add("osaava.alerts.smtp.max-per-second", () -> "10000");
        registry.add("osaava.alerts.retry-interval", () -> "200ms");
        registry.add("osaava.limits.writes-per-minute", () -> "100000");
        registry.add("osaava.alerts.sweep-interval", () -> "1s");
        // fan-outs above 100 are recorded by the recorder thread, not by the consumer's
        registry.add("osaava.alerts.record-inline", () -> "100");
    }

    @LocalServerPort
    int port;

    @Autowired
    AlertManagement alerts;

    @Autowired
    DeliveryDispatcher dispatcher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SubscriptionIndex index;

    @Test
    void anEventRedeliveredWhileItsAlertsAreGoingOutRecordsAndSendsNothingTwice() {
        List<String> addresses = subscribe("06", 60);
        AlertEvent event = needIn("06");

        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> alerts.raise(event));
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> alerts.raise(event));
        List<String> recorded = first.join();
        List<String> recordedAgain = second.join();
        List<String> third = alerts.raise(event); // once more, after both

        assertThat(recorded.size() + recordedAgain.size()).isEqualTo(60);
        assertThat(third).isEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(addresses).allSatisfy(address -> assertThat(Mails.to(SMTP, address)).hasSize(1));
            assertThat(queued(event.eventId())).isZero();
        });
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(event.eventId())), Delivery.class)).isEqualTo(60);
        assertThat(mongo.find(Query.query(Criteria.where("eventId").is(event.eventId())), Delivery.class))
                .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT));
        // and nothing more arrives once the queue is empty
        assertThat(addresses).allSatisfy(address -> assertThat(Mails.to(SMTP, address)).hasSize(1));
    }

    @Test
    void aLateDispatchOfADeliveryThatWasAlreadySentSendsNothing() {
        String address = subscribe("07", 1).get(0);
        AlertEvent event = needIn("07");
        String deliveryId = alerts.raise(event).get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(deliveryId) == DeliveryStatus.SENT);
        assertThat(Mails.to(SMTP, address)).hasSize(1);

        // e.g. the retrier sent it while this dispatch was still waiting in memory
        mongo.insert(QueuedDelivery.of(deliveryId, event.eventId(), Instant.now().plusSeconds(60)));
        dispatcher.dispatch(new DispatchQueue.Batch(event.eventId(), event, Instant.now().plusSeconds(60),
                List.of(deliveryId)));

        assertThat(Mails.to(SMTP, address)).hasSize(1);
        assertThat(queued(event.eventId())).isZero();
    }

    @Test
    void aDispatchWhoseLeaseIsRunningOutLeavesTheDeliveryToTheRetrier() {
        String address = subscribe("08", 1).get(0);
        AlertEvent event = needIn("08");
        Instant leaseEnding = Instant.now().plusSeconds(2);
        String deliveryId = "lease-test:" + UUID.randomUUID();
        Delivery delivery = new Delivery(deliveryId, event, index.match(event).get(0),
                Addressee.of(address, null), new AlertReason(AlertReason.Role.SUBSCRIBED, Set.of()), Instant.now(),
                leaseEnding);
        mongo.insert(new RecordedEvent(event.eventId(), event, Instant.now()));
        mongo.insert(delivery);
        mongo.insert(QueuedDelivery.of(deliveryId, event.eventId(), leaseEnding));

        dispatcher.dispatch(new DispatchQueue.Batch(event.eventId(), event, leaseEnding, List.of(deliveryId)));

        assertThat(statusOf(deliveryId)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(queued(event.eventId())).isOne();
        // when the lease has run out, the retrier claims it and it goes out once
        await().atMost(Duration.ofSeconds(60)).until(() -> statusOf(deliveryId) == DeliveryStatus.SENT);
        assertThat(Mails.to(SMTP, address)).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(event.eventId()) == 0);
    }

    @Test
    void aSmallFanOutRaisedAfterALargeOneIsNotKeptWaitingBehindIt() {
        List<String> many = subscribe("09", 600);
        List<String> few = subscribe("10", 5);

        alerts.raise(needIn("09"));
        alerts.raise(needIn("10"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> received("@region10.").size() == few.size());
        int manyDone = received("@region09.").size();
        // the few went out early in the large fan-out, not after it
        assertThat(manyDone).isLessThan(many.size() / 2);
        await().atMost(Duration.ofSeconds(90)).until(() -> received("@region09.").size() == many.size());
        assertThat(received("@region09.")).containsExactlyInAnyOrderElementsOf(many);
    }

    @Test
    void aLargeFanOutIsRecordedByTheRecorderOnceAlsoWhenItsEventComesTwice() {
        List<String> addresses = subscribe("11", 250);
        AlertEvent event = needIn("11");

        // the consumer's thread writes the event and its mark and returns; the recorder writes the deliveries
        assertThat(alerts.raise(event)).isEmpty();
        assertThat(alerts.raise(event)).isEmpty(); // redelivered meanwhile

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(addresses).allSatisfy(address -> assertThat(Mails.to(SMTP, address)).hasSize(1));
            assertThat(queued(event.eventId())).isZero();
        });
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(event.eventId())), Delivery.class)).isEqualTo(250);
        assertThat(mongo.findById(event.eventId(), PendingRecording.class)).isNull();
    }

    @Test
    void aFanOutACrashLeftUnrecordedIsRecordedAtStartUpAndSentOnce() {
        List<String> addresses = subscribe("12", 150);
        AlertEvent event = needIn("12");
        // what the consumer wrote before acknowledging the event, when the service died before the recorder's turn
        mongo.insert(new RecordedEvent(event.eventId(), event, Instant.now()));
        mongo.insert(new PendingRecording(event.eventId(), Instant.now(), addresses.size()));

        alerts.resumePendingRecordings(); // as at the next start

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(addresses).allSatisfy(address -> assertThat(Mails.to(SMTP, address)).hasSize(1));
            assertThat(mongo.findById(event.eventId(), PendingRecording.class)).isNull();
        });
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(event.eventId())), Delivery.class)).isEqualTo(150);
    }

    /** The recipients of every mail received so far whose address contains {@code part}, one entry per mail. */
    private static List<String> received(String part) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(Mails::to).filter(to -> to.contains(part)).toList();
    }

    private long queued(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId)), QueuedDelivery.class);
    }

    private DeliveryStatus statusOf(String deliveryId) {
        Delivery delivery = mongo.findById(deliveryId, Delivery.class);
        return delivery == null ? null : delivery.status();
    }

    private static AlertEvent needIn(String region) {
        return anAlertEvent().withId(UUID.randomUUID().toString())
                .about(Topic.NEED_PUBLISHED, "need-" + UUID.randomUUID()).at(Instant.now()).inRegions(region)
                .inAreas("medication-safety").by("org-reporter").titled("Lääkehoidon osaamistarve").build();
    }

    /** {@code count} e-mail subscriptions to new needs in the region, each its own address. */
    private List<String> subscribe(String region, int count) {
        String owner = "org-path-" + region;
        return IntStream.range(0, count).mapToObj(i -> {
            String address = "r" + i + "@region" + region + ".example.org";
            int status = TestHttp.to(port).build().post().uri("/api/subscriptions")
                    .header("Authorization", "Bearer " + TestTokens.forOrganisation(owner, "MEMBER"))
                    .contentType(MediaType.APPLICATION_JSON).body("""
                            {"name":"needs in %s","topics":["NEED_PUBLISHED"],"regions":["%s"],"channel":"EMAIL",
                             "address":"%s"}""".formatted(region, region, address))
                    .retrieve().toBodilessEntity().getStatusCode().value();
            assertThat(status).isEqualTo(201);
            return address;
        }).toList();
    }
}
