package fi.osaava.notification.subscription;

import static fi.osaava.notification.subscription.SubscriptionBuilder.aSubscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TopicProbe;

/**
 * {@code SubscriptionSignalsOverKafka}: the signals between instances over the real broker: another instance's record puts its write into this
 * instance's index without a catch-up, this instance's own writes go out on the topic, and an unreadable record is
 * dead-lettered while the signals after it are still applied.
 */
@ServiceIntegrationTest
class SubscriptionSignalsIntegrationTest {

    static final String TOPIC = "notification.subscription-changes.v1";

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SubscriptionIndex index;

    @Test
    void anotherInstancesWriteReachesThisIndexByItsSignalAndAnUnreadableSignalIsDeadLettered() {
        try (TestEvents events = TestEvents.to(brokers);
             TopicProbe deadLetters = TopicProbe.on(brokers, "notification.dead-letters.v1")) {
            // the anonymous consumer reads from the latest offset once it has its partition: signal until it has
            Subscription first = subscriptions.save(subscription()); // written by "another instance": not applied here
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                signal(events, first.id(), "another-instance");
                return index.activeSubscription(first.id()).isPresent();
            });

            events.sendRaw(new ProducerRecord<>(TOPIC, "x", "not a signal".getBytes(StandardCharsets.UTF_8)));
            Subscription second = subscriptions.save(subscription());
            assertThat(index.activeSubscription(second.id())).isEmpty();
            signal(events, second.id(), "another-instance");

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> index.activeSubscription(second.id()).isPresent());
            List<ConsumerRecord<String, String>> dead = deadLetters.await(1, Duration.ofSeconds(20));
            assertThat(dead).singleElement().satisfies(record ->
                    assertThat(TopicProbe.header(record, "x-exception-message")).contains("not a subscription change"));
        }
    }

    @Test
    void thisInstancesWritesAreSignalledAndItsOwnSignalsAreNotReadAgain() {
        try (TopicProbe changes = TopicProbe.on(brokers, TOPIC)) {
            Subscription written = subscriptions.save(subscription());
            index.refresh(written);

            // sent on the sender's own thread: read until it is there (the topic holds the other test's records too)
            List<ConsumerRecord<String, String>> sent = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                sent.addAll(changes.await(1, Duration.ofMillis(500)));
                return sent.stream().anyMatch(record -> written.id().equals(record.key()));
            });
            assertThat(sent).anySatisfy(record -> {
                assertThat(record.key()).isEqualTo(written.id());
                assertThat(record.value()).contains("\"subscriptionId\":\"" + written.id() + "\"");
            });
        }
    }

    private static void signal(TestEvents events, String subscriptionId, String instance) {
        String json = "{\"subscriptionId\":\"%s\",\"instance\":\"%s\",\"change\":%d}".formatted(subscriptionId, instance,
                0L);
        events.sendRaw(new ProducerRecord<>(TOPIC, subscriptionId, json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Subscription subscription() {
        String id = "signal-" + UUID.randomUUID();
        return aSubscription().withId(id).ownedBy("org-signal", "Signaali Oy").named("signal").inRegions("05")
                .mailedTo(id + "@example.org").createdAt(Instant.now()).build();
    }
}
