package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestTokensInitializer;
import fi.osaava.notification.recipient.Recipients;

/**
 * The contract examples through the real products: a MongoDB replica set and an Apache Kafka broker.
 * Runs where Docker exists; skipped with the reason "Docker is not available" elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestTokensInitializer.class)
class NotificationOnRealMongoAndKafkaTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");
    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("osaava-notification"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
        SmtpSink.register(registry, SMTP);
    }

    @Autowired
    Recipients recipients;

    @Autowired
    MongoTemplate mongo;

    /**
     * What runs per event, per batch of deliveries or every few seconds reads by key or through an index, so
     * its cost does not grow with the delivery log (the embedded store used elsewhere has no such indexes).
     */
    @Test
    void theAlertPathsQueriesUseIndexes() {
        Date now = new Date();
        assertUsesIndex("deliveries", new Document("_id", new Document("$in", List.of("a", "b"))));
        assertUsesIndex("alert-events", new Document("_id", "event-1"));
        assertUsesIndex("delivery-queue", new Document("_id", new Document("$in", List.of("a", "b"))));
        assertUsesIndex("delivery-queue", new Document("nextAttemptAt", new Document("$lte", now)));
        assertUsesIndex("delivery-queue", new Document("claim", "claim-1"));
        assertUsesIndex("subscriptions", new Document("updatedAt", new Document("$gte", now)));
        // the delivery log's lists
        assertUsesIndex("deliveries", new Document("eventId", "event-1"));
        assertUsesIndex("deliveries", new Document("needId", "need-1"));
        assertUsesIndex("deliveries", new Document("recipientId", "org-1"));
    }

    private void assertUsesIndex(String collection, Document filter) {
        Document plan = mongo.getCollection(collection).find(filter).explain();
        String winning = String.valueOf(plan.get("queryPlanner", Document.class).get("winningPlan"));
        assertThat(winning).as(collection + " " + filter.toJson()).doesNotContain("COLLSCAN");
    }

    @Test
    void theExampleOrganisationIsAlertedAboutTheExampleNeed() {
        try (TestEvents events = TestEvents.to(KAFKA.getBootstrapServers())) {
            String orgType = "fi.osaava.membership.organisation.registered.v1";
            String needType = "fi.osaava.needs.competence-need.published.v1";
            events.send("membership.organisations.v1", "3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83", orgType,
                    EventContracts.example(orgType));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> recipients.findById("3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83").isPresent());
            events.send("needs.competence-needs.v1", "5b9e7c3d-2a41-4f86-8d0e-c6a1f3b7e925", needType,
                    EventContracts.example(needType));

            await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                    .anyMatch(m -> NotificationServiceIntegrationTest.recipientsOf(m).contains("koulutus@demo-amk.example.org")));
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }
}
