package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

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
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("osaava-notification"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @Autowired
    Recipients recipients;

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
