package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TestTokensInitializer;
import fi.osaava.kit.testing.TopicProbe;

/**
 * The same outbox path against the real products: a MongoDB replica set and an Apache Kafka broker.
 * Runs where Docker exists; skipped with the reason "Docker is not available" elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestTokensInitializer.class)
class NeedsOnRealMongoAndKafkaTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("osaava-needs"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;

    @Test
    void aPublishedNeedReachesRealKafkaFromARealMongoOutboxAndHealthIsUp() {
        RestClient http = RestClient.create("http://localhost:" + port);
        Map<?, ?> created = http.post().uri("/api/needs?publish=true").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TestTokens.forOrganisation("org-pshva", "MEMBER"))
                .body("""
                        {"region":"11","competenceAreas":["medication-safety"],
                         "targetGroup":"STAFF","title":"Lääkehoidon turvallisuus kotihoidossa",
                         "estimatedLearners":120,"horizon":"WITHIN_A_YEAR"}""")
                .retrieve().body(Map.class);

        try (TopicProbe probe = TopicProbe.on(KAFKA.getBootstrapServers(), "needs.competence-needs.v1")) {
            ConsumerRecord<String, String> record = probe.await(1, Duration.ofSeconds(30)).get(0);
            assertThat(record.key()).isEqualTo(created.get("id"));
            EventContracts.assertConforms("fi.osaava.needs.competence-need.published.v1", record.value());
        }
        // on real MongoDB, Boot's Mongo health check works too
        assertThat(http.get().uri("/actuator/health").retrieve().body(Map.class)).containsEntry("status", "UP");
    }
}
