package fi.osaava.notification.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;

/**
 * Webhook subscriptions end to end: the service posts signed alerts to a real HTTP receiver that checks
 * them with the Standard Webhooks reference library; a failing endpoint is retried from the delivery log
 * until it answers, and one that answers 410 Gone is disabled. Receivers run on 127.0.0.1, which only the
 * local-development switch allows.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"osaava.webhooks.allow-private-targets=true", "osaava.alerts.retry-delay=100ms",
        "osaava.alerts.max-retry-delay=300ms", "osaava.alerts.retry-interval=100ms"})
class WebhookDeliveryIntegrationTest {

    static final String OFFERINGS = "catalogue.offerings.v1";

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @LocalServerPort
    int port;

    RestClient api() {
        return TestHttp.to(port).build();
    }

    /** Subscribes the organisation's endpoint to offerings in one area; returns the subscription. */
    @SuppressWarnings("unchecked")
    Map<String, Object> subscribe(String organisation, Receiver receiver, String area) {
        Map<String, Object> created = api().post().uri("/api/subscriptions")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(organisation, "MEMBER"))
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"topics":["OFFERING_PUBLISHED"],"competenceAreas":["%s"],"channel":"WEBHOOK","address":"%s"}"""
                        .formatted(area, receiver.endpoint())).retrieve().body(Map.class);
        assertThat(created).containsKey("secret");
        assertThat((String) created.get("secret")).startsWith("whsec_");
        return created;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> deliveriesTo(String organisation) {
        return api().get().uri("/api/deliveries?recipientId={id}", organisation)
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(organisation, "MEMBER"))
                .retrieve().body(List.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> subscription(String organisation, String id) {
        return api().get().uri("/api/subscriptions/{id}", id)
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(organisation, "MEMBER"))
                .retrieve().body(Map.class);
    }

    static String offering(String offeringId, String area) {
        String json = EventContracts.example(EventContracts.OFFERING_PUBLISHED)
                .replace("a8d4e2f1-6c3b-4e9a-b7d5-0f2c8e1a9b64", offeringId)
                .replace("\"client-patient-safety\"", "\"" + area + "\"");
        EventContracts.assertConforms(EventContracts.OFFERING_PUBLISHED, json);
        return json;
    }

    @Test
    void anEndpointThatFailsThreeTimesGetsTheAlertOnTheFourthTryOnceAndSigned() {
        String organisation = "org-hooks-" + UUID.randomUUID();
        try (Receiver receiver = Receiver.answering(500, 500, 500, 204); TestEvents events = TestEvents.to(brokers)) {
            Map<String, Object> subscription = subscribe(organisation, receiver, "documentation");
            receiver.know((String) subscription.get("secret"));
            String offeringId = UUID.randomUUID().toString();
            events.send(OFFERINGS, offeringId, EventContracts.OFFERING_PUBLISHED, offering(offeringId, "documentation"));

            await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesTo(organisation).stream()
                    .anyMatch(d -> "SENT".equals(d.get("status"))));
            Map<String, Object> delivery = deliveriesTo(organisation).get(0);
            assertThat(delivery).containsEntry("attempts", 4).containsEntry("channel", "WEBHOOK")
                    .containsEntry("topic", "OFFERING_PUBLISHED");
            assertThat(receiver.hits()).isEqualTo(4);
            List<Receiver.Request> requests = receiver.requests();
            // one message: the same id and body on every try, so the receiver can drop repeats
            assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly((String) delivery.get("id"));
            assertThat(requests).extracting(r -> new String(r.body(), StandardCharsets.UTF_8)).containsOnly(
                    new String(requests.get(0).body(), StandardCharsets.UTF_8));
            assertThat(new String(requests.get(3).body(), StandardCharsets.UTF_8))
                    .contains("\"type\":\"alert.offering-published\"", offeringId);
            assertThat(subscription(organisation, (String) subscription.get("id"))).containsEntry("active", true);
        }
    }

    @Test
    void anEndpointThatAnswersGoneIsDisabledAndCalledNoMoreUntilEnabled() {
        String organisation = "org-gone-" + UUID.randomUUID();
        try (Receiver receiver = Receiver.answering(410); TestEvents events = TestEvents.to(brokers)) {
            Map<String, Object> subscription = subscribe(organisation, receiver, "service-design");
            String id = (String) subscription.get("id");
            String first = UUID.randomUUID().toString();
            events.send(OFFERINGS, first, EventContracts.OFFERING_PUBLISHED, offering(first, "service-design"));

            await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesTo(organisation).stream()
                    .anyMatch(d -> "DEAD".equals(d.get("status"))));
            assertThat(deliveriesTo(organisation).get(0)).containsEntry("attempts", 1)
                    .hasEntrySatisfying("lastError", error -> assertThat((String) error).contains("410"));
            assertThat(subscription(organisation, id)).containsEntry("active", false)
                    .hasEntrySatisfying("disabledReason", reason -> assertThat((String) reason).contains("410"));

            String second = UUID.randomUUID().toString();
            events.send(OFFERINGS, second, EventContracts.OFFERING_PUBLISHED, offering(second, "service-design"));
            String marker = UUID.randomUUID().toString();
            try (Receiver other = Receiver.answering(204)) {
                subscribe(organisation + "-other", other, "service-design");
                events.send(OFFERINGS, marker, EventContracts.OFFERING_PUBLISHED, offering(marker, "service-design"));
                await().atMost(Duration.ofSeconds(30)).until(() -> other.hits() >= 1);
            }
            assertThat(receiver.hits()).isEqualTo(1);
            assertThat(deliveriesTo(organisation)).hasSize(1);

            assertThat(api().post().uri("/api/subscriptions/{id}/enable", id)
                    .header("Authorization", "Bearer " + TestTokens.forOrganisation(organisation, "MEMBER"))
                    .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
            assertThat(subscription(organisation, id)).containsEntry("active", true);
        }
    }
}
