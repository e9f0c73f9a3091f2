package fi.osaava.catalogue.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FeedProvisioning} against a real KRaft broker secured as in docker-compose.yml ({@link SecuredKafka}). */
class FeedProvisioningOnASecuredBrokerTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    static FeedProvisioning access;

    @BeforeAll
    static void aSecuredBroker() throws Exception {
        // the catalogue's admin principal authenticates with SCRAM like everybody else
        access = new FeedProvisioning(SecuredKafka.scram(SecuredKafka.ADMIN, SecuredKafka.ADMIN_PASSWORD),
                new FeedProperties("kafka.example:9094", 1, (short) 1, 30_000));
    }

    @Test
    void aProviderWritesToItsOwnTopicAndToNoOtherProvidersTopic() throws Exception {
        FeedCredentials a = grantEventually("org-" + UUID.randomUUID());
        FeedCredentials b = grantEventually("org-" + UUID.randomUUID());
        assertThat(a.username()).isEqualTo("provider-" + a.organisationId());
        assertThat(a.topic()).isEqualTo("provider." + a.organisationId() + ".offerings.v1");
        assertThat(a.bootstrapServers()).isEqualTo("kafka.example:9094");
        assertThat(a.saslMechanism()).isEqualTo("SCRAM-SHA-512");
        assertThat(a.password()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(b.password());

        try (KafkaProducer<String, String> providerA = producer(a.username(), a.password())) {
            RecordMetadata sent = sendEventually(providerA, a.topic());
            assertThat(sent.topic()).isEqualTo(a.topic());

            for (String foreign : List.of(b.topic(), "catalogue.offerings.v1", "provider." + b.organisationId() + ".other")) {
                assertThatThrownBy(() -> send(providerA, foreign))
                        .as("writing to %s", foreign)
                        .isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(TopicAuthorizationException.class);
            }
        }
        try (KafkaProducer<String, String> providerB = producer(b.username(), b.password())) {
            assertThat(sendEventually(providerB, b.topic()).topic()).isEqualTo(b.topic());
            assertThatThrownBy(() -> send(providerB, a.topic())).cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserOrNoAuthenticationAtAllGetsNowhere() throws Exception {
        FeedCredentials a = grantEventually("org-" + UUID.randomUUID());
        try (KafkaProducer<String, String> providerA = producer(a.username(), a.password())) {
            sendEventually(providerA, a.topic());
        }

        try (KafkaProducer<String, String> wrongPassword = producer(a.username(), a.password() + "x")) {
            assertThatThrownBy(() -> send(wrongPassword, a.topic())).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
        try (KafkaProducer<String, String> stranger = producer("provider-" + UUID.randomUUID(), a.password())) {
            assertThatThrownBy(() -> send(stranger, a.topic())).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
        Map<String, Object> plaintext = new HashMap<>(producerConfig(SecuredKafka.bootstrapServers()));
        plaintext.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        try (KafkaProducer<String, String> unauthenticated = new KafkaProducer<>(plaintext)) {
            // the broker expects a SASL handshake and drops the connection: the client never gets metadata
            assertThatThrownBy(() -> send(unauthenticated, a.topic()))
                    .satisfies(e -> assertThat(rootOf(e)).isInstanceOf(TimeoutException.class));
        }
    }

    @Test
    void grantingAgainIssuesANewPasswordAndTheOldOneStopsWorking() throws Exception {
        String organisation = "org-" + UUID.randomUUID();
        FeedCredentials first = grantEventually(organisation);
        FeedCredentials second = access.grant(organisation);

        assertThat(second.password()).isNotEqualTo(first.password());
        try (KafkaProducer<String, String> current = producer(second.username(), second.password())) {
            sendEventually(current, second.topic());
        }
        try (KafkaProducer<String, String> old = producer(first.username(), first.password())) {
            assertThatThrownBy(() -> send(old, first.topic())).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    /** The very first grant may race the broker learning admin's credential from the metadata log. */
    static FeedCredentials grantEventually(String organisationId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return access.grant(organisationId);
            } catch (FeedAccessUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    /** A new credential and new ACLs reach the broker through the metadata log, a moment after the grant. */
    static RecordMetadata sendEventually(KafkaProducer<String, String> producer, String topic) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return send(producer, topic);
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    static RecordMetadata send(KafkaProducer<String, String> producer, String topic) throws Exception {
        return producer.send(new ProducerRecord<>(topic, "SAV-1", "{\"externalId\":\"SAV-1\"}")).get(15, TimeUnit.SECONDS);
    }

    static KafkaProducer<String, String> producer(String username, String password) throws Exception {
        Map<String, Object> config = new HashMap<>(producerConfig(SecuredKafka.bootstrapServers()));
        config.putAll(SecuredKafka.scram(username, password));
        return new KafkaProducer<>(config);
    }

    /** An idempotent producer (the default), as a provider's system would use: WRITE on its topics is enough. */
    static Map<String, Object> producerConfig(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    }

    static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
