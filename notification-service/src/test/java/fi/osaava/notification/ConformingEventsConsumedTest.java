package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.kit.testing.ConformingEventFeed;
import fi.osaava.kit.testing.EventTopics;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.notification.matching.Topic;

/**
 * The contract as a consumer must take it: every event that conforms to its schema is consumed without error,
 * whatever the schema leaves out or allows to be null, for every type on every topic this service reads — and
 * the alerts they raise are matched, rendered and delivered: catch-all subscriptions (every topic, no filter) by
 * e-mail and on the alerts topic receive them, and none of those deliveries fails.
 *
 * <p>Its own context (its own broker, store and mail server), so that the catch-all subscriptions change no other
 * test's counts.
 */
class ConformingEventsConsumedTest extends NotificationIntegrationTest {

    static final int VARIED = 12;
    static final String OWNER = "org-conforming-catch-all";
    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        // every offering with a registration deadline ahead is "closing soon" here
        registry.add("osaava.alerts.deadline-notice", () -> "36500d");
        registry.add("osaava.alerts.deadline-check-interval", () -> "200ms");
    }

    @Autowired
    BindingServiceProperties bindings;

    @Test
    void everyEventThatConformsToItsSchemaIsConsumedAndItsAlertsAreDeliveredWithoutError() {
        String topics = EnumSet.allOf(Topic.class).stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        subscribe("""
                {"name":"all by mail","topics":[%s],"channel":"EMAIL","address":"all@conforming.example.org"}""".formatted(topics));
        subscribe("""
                {"name":"all on Kafka","topics":[%s],"channel":"KAFKA"}""".formatted(topics));

        try (ConformingEventFeed feed = ConformingEventFeed.to(brokers)) {
            Set<String> fed = feed.feedEveryTypeConsumed(bindings, VARIED, Duration.ofSeconds(60));

            assertThat(feed.deadLettered("notification.dead-letters.v1")).isEmpty();
            assertThat(fed).containsAll(EventTopics.consumedBy("notification", Path.of("../README.md")));
        }

        // the alerts the catch-all subscriptions match: every one is sent, by mail and on the topic, none fails
        Set<String> alerted = EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED, Topic.MEETING_SCHEDULED,
                Topic.ANNUAL_CLOCK_REMINDER).stream().map(Topic::name).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> deliveries = deliveries();
            assertThat(deliveries).extracting(d -> String.valueOf(d.get("topic"))).containsAll(alerted);
            assertThat(deliveries).allSatisfy(d -> assertThat(d.get("status")).as(String.valueOf(d)).isEqualTo("SENT"));
            assertThat(deliveries).extracting(d -> String.valueOf(d.get("channel"))).contains("EMAIL", "KAFKA");
        });
        assertThat(SMTP.getReceivedMessages()).isNotEmpty();
    }

    private void subscribe(String json) {
        int status = TestHttp.to(port).build().post().uri("/api/subscriptions")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(OWNER, "MEMBER"))
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toBodilessEntity().getStatusCode().value();
        assertThat(status).as(json).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deliveries() {
        return api().get().uri("/api/deliveries?recipientId={id}&size=2000", OWNER)
                .header("Authorization", "Bearer " + TestTokens.coordinator()).retrieve().body(List.class);
    }
}
