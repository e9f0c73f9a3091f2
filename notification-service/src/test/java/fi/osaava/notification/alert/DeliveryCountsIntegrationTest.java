package fi.osaava.notification.alert;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.kit.testing.QueryLog;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.notification.Mails;
import fi.osaava.notification.SmtpSink;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;

/**
 * {@code GET /api/deliveries/counts} over the real dispatcher: e-mail that goes out (GreenMail) and a webhook whose
 * endpoint refuses every connection (failed, then dead after the second of two attempts), counted in the tallies and
 * read by key, never by a query on the delivery log. Its own context, so its own database: the figures start at nought.
 */
@ServiceIntegrationTest
@Import(QueryLog.Listening.class)
class DeliveryCountsIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        registry.add("osaava.webhooks.allow-private-targets", () -> "true");
        registry.add("osaava.alerts.max-attempts", () -> "2");
        registry.add("osaava.alerts.retry-delay", () -> "100ms");
        registry.add("osaava.alerts.max-retry-delay", () -> "300ms");
        registry.add("osaava.alerts.retry-interval", () -> "100ms");
        registry.add("osaava.limits.writes-per-minute", () -> "100000");
    }

    @LocalServerPort
    int port;

    @Autowired
    AlertManagement alerts;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    QueryLog queries;

    @Test
    void countsWhatWentOutTheFailedAttemptsAndTheDeadWithoutReadingTheDeliveryLog() throws IOException {
        Map<String, Object> before = counts(TestTokens.coordinator()).getBody();
        String owner = "org-counts-" + UUID.randomUUID();
        subscribe(owner, "EMAIL", "first@counts.example.org");
        subscribe(owner, "EMAIL", "second@counts.example.org");
        subscribe(owner, "WEBHOOK", "http://127.0.0.1:" + closedPort() + "/alerts");
        AlertEvent event = anAlertEvent().withId(UUID.randomUUID().toString())
                .about(Topic.NEED_PUBLISHED, "need-" + UUID.randomUUID()).at(Instant.now()).inRegions("21")
                .inAreas("medication-safety").by("org-reporter").titled("Lääkehoidon osaamistarve").build();

        assertThat(alerts.raise(event)).hasSize(3);

        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(event).equals(List.of("DEAD", "SENT", "SENT")));
        assertThat(Mails.to(SMTP, "first@counts.example.org")).hasSize(1);
        // two e-mails out; the webhook's two attempts failed, the second for good
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(counts(TestTokens.coordinator()).getBody())
                .containsEntry("sent", number(before, "sent") + 2)
                .containsEntry("failed", number(before, "failed") + 2)
                .containsEntry("dead", number(before, "dead") + 1)
                .containsEntry("waiting", 0));

        // what waits is the delivery queue's work in hand (here two far from due, so the retrier leaves them)
        Instant later = Instant.now().plus(Duration.ofHours(1));
        mongo.insert(QueuedDelivery.of("waiting-1", "event-w", later));
        mongo.insert(QueuedDelivery.of("waiting-2", "event-w", later));
        queries.clear();
        LocalDate dayBefore = LocalDate.now(DeliveryTallies.ZONE);
        Map<String, Object> now = counts(TestTokens.coordinator()).getBody();
        LocalDate dayAfter = LocalDate.now(DeliveryTallies.ZONE);
        assertThat(now).containsEntry("waiting", 2).containsEntry("sent", number(before, "sent") + 2);
        assertThat(now.get("day")).isIn(dayBefore.toString(), dayAfter.toString());
        assertThat(queries.on("deliveries")).isEmpty();
        queries.assertUniqueKeyLookups(mongo, DeliveryTallies.COLLECTION);
        mongo.remove(Query.query(Criteria.where("eventId").is("event-w")), QueuedDelivery.class);
    }

    @Test
    void onlyTheCoordinatorReadsTheCountsAndInTheirShape() {
        ResponseEntity<Map<String, Object>> coordinator = counts(TestTokens.coordinator());
        assertThat(coordinator.getStatusCode().value()).isEqualTo(200);
        assertThat(coordinator.getBody()).containsOnlyKeys("day", "sent", "failed", "waiting", "dead");
        assertThat((String) coordinator.getBody().get("day")).matches("\\d{4}-\\d{2}-\\d{2}");

        ResponseEntity<Map<String, Object>> member = counts(TestTokens.forOrganisation("org-member", "MEMBER"));
        assertThat(member.getStatusCode().value()).isEqualTo(403);
        assertThat(member.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(member.getBody()).containsEntry("status", 403).doesNotContainKeys("sent", "dead");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ResponseEntity<Map<String, Object>> counts(String token) {
        return (ResponseEntity) TestHttp.to(port).build().get().uri("/api/deliveries/counts")
                .header("Authorization", "Bearer " + token).retrieve().toEntity(Map.class);
    }

    private List<String> statuses(AlertEvent event) {
        return mongo.find(Query.query(Criteria.where("eventId").is(event.eventId())), Delivery.class).stream()
                .map(delivery -> delivery.status().name()).sorted().toList();
    }

    private void subscribe(String owner, String channel, String address) {
        int status = TestHttp.to(port).build().post().uri("/api/subscriptions")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(owner, "MEMBER"))
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"topics":["NEED_PUBLISHED"],"regions":["21"],"channel":"%s","address":"%s"}"""
                        .formatted(channel, address))
                .retrieve().toBodilessEntity().getStatusCode().value();
        assertThat(status).isEqualTo(201);
    }

    /** A port nothing listens on: every connection to it is refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int number(Map<String, Object> counts, String field) {
        return ((Number) counts.get(field)).intValue();
    }
}
