package fi.osaava.catalogue.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TestTokensInitializer;

/**
 * The whole way on a broker secured as in docker-compose.yml: the service's binder and Admin client connect as
 * admin with SCRAM from the binder's properties; the coordinator gets a provider's credentials over HTTP; the
 * provider's system publishes with them; the catalogue picks the new topic up and creates the offering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "osaava.feeds.topic-discovery-interval-ms=500",
        "osaava.feeds.provider-bootstrap-servers=kafka.example:9094"})
@ContextConfiguration(initializers = {EmbeddedMongoInitializer.class, TestTokensInitializer.class})
// closed after this class, while the broker (one per JVM, stopped at exit) still answers its clients' goodbyes
@DirtiesContext
class ProviderFeedOnASecuredBrokerTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void securedKafka(DynamicPropertyRegistry registry) throws Exception {
        String brokers = SecuredKafka.bootstrapServers();
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> brokers);
        registry.add("spring.cloud.stream.kafka.binder.configuration.security.protocol", () -> "SASL_PLAINTEXT");
        registry.add("spring.cloud.stream.kafka.binder.configuration.sasl.mechanism", () -> "SCRAM-SHA-512");
        registry.add("spring.cloud.stream.kafka.binder.configuration.sasl.jaas.config",
                () -> SecuredKafka.jaas(SecuredKafka.SCRAM, SecuredKafka.ADMIN, SecuredKafka.ADMIN_PASSWORD));
    }

    @Test
    void aProviderGetsCredentialsAndItsSystemsEventBecomesAnOffering() throws Exception {
        String provider = UUID.randomUUID().toString();
        ResponseEntity<Map> answer = TestHttp.to(port).defaultHeader("Authorization", "Bearer " + TestTokens.coordinator())
                .build().post().uri("/api/feeds/{org}/credentials", provider).retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> credentials = answer.getBody();
        assertThat(credentials).containsEntry("username", "provider-" + provider)
                .containsEntry("topic", "provider." + provider + ".offerings.v1")
                .containsEntry("bootstrapServers", "kafka.example:9094")
                .containsEntry("securityProtocol", "SASL_PLAINTEXT").containsEntry("saslMechanism", "SCRAM-SHA-512");

        try (KafkaProducer<String, byte[]> system = producer((String) credentials.get("username"),
                (String) credentials.get("password"))) {
            sendEventually(system, cloudEvent((String) credentials.get("topic"), "SAV-2026-LH-014",
                    EventContracts.example(EventContracts.PROVIDER_OFFERING_UPSERTED)
                            .replace("3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83", provider)));
        }

        Map<String, Object> offering = awaitOffering(provider, "SAV-2026-LH-014");
        assertThat(offering).containsEntry("providerOrganisationId", provider).containsEntry("status", "PUBLISHED");
    }

    static ProducerRecord<String, byte[]> cloudEvent(String topic, String key, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", EventContracts.PROVIDER_OFFERING_UPSERTED,
                        "ce_source", "/savonia/opintotarjonta", "ce_specversion", "1.0", "ce_time", Instant.now().toString())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    static KafkaProducer<String, byte[]> producer(String username, String password) throws Exception {
        Map<String, Object> config = new HashMap<>(SecuredKafka.scram(username, password));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config);
    }

    /** The new credential and ACLs reach the broker through the metadata log, a moment after the grant. */
    static void sendEventually(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                producer.send(record).get(15, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    Map<String, Object> awaitOffering(String provider, String externalId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> own = TestHttp.to(port)
                    .defaultHeader("Authorization", "Bearer " + TestTokens.forOrganisation(provider, "SYSTEM"))
                    .build().get().uri("/api/offerings").retrieve().body(List.class);
            var found = own.stream().filter(o -> externalId.equals(o.get("externalId"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no offering " + externalId + " of " + provider + " within " + PATIENCE);
    }
}
