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

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FeedAccess} against a real KRaft broker secured as in docker-compose.yml: the client listener takes only
 * SASL/SCRAM-SHA-512, the StandardAuthorizer denies what no ACL allows, and User:admin (the catalogue's principal)
 * is a super user. SCRAM credentials live in the metadata log, so nobody can authenticate with SCRAM before
 * the first one exists: admin's gets in over a node-local BOOTSTRAP listener that takes PLAIN with a password
 * from the broker's own configuration (as the kafka-init container does in compose); the controller listener
 * takes PLAIN too, because a controller cannot check SCRAM.
 */
class FeedAccessOnASecuredBrokerTest {

    static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    static final Duration PATIENCE = Duration.ofSeconds(20);

    static KafkaClusterTestKit cluster;
    static FeedAccess access;

    @BeforeAll
    static void startASecuredBroker() throws Exception {
        String jaasFileBefore = System.getProperty("java.security.auth.login.config");
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBrokerListenerName(ListenerName.normalised("EXTERNAL"))
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .setControllerListenerName(ListenerName.normalised("CONTROLLER"))
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build();
        cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,BOOTSTRAP://localhost:0")
                .setConfigProp("listener.security.protocol.map",
                        "EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,BOOTSTRAP:SASL_PLAINTEXT")
                // clients (services, providers): SCRAM only
                .setConfigProp("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .setConfigProp("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512")
                .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config", jaas(SCRAM, "admin", ADMIN_PASSWORD))
                // the quorum, and the node-local bootstrap listener that lets admin in before any SCRAM credential exists
                .setConfigProp("sasl.mechanism.controller.protocol", "PLAIN")
                .setConfigProp("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                .setConfigProp("listener.name.controller.plain.sasl.jaas.config", plainServer("admin", ADMIN_PASSWORD))
                .setConfigProp("listener.name.bootstrap.sasl.enabled.mechanisms", "PLAIN")
                .setConfigProp("listener.name.bootstrap.plain.sasl.jaas.config", plainServer("admin", ADMIN_PASSWORD))
                .setConfigProp("authorizer.class.name", StandardAuthorizer.class.getName())
                .setConfigProp("allow.everyone.if.no.acl.found", "false")
                .setConfigProp("super.users", "User:admin")
                .build();
        // the test kit points the JVM at a PLAIN JAAS file of its own; every client here brings its own sasl.jaas.config
        restore("java.security.auth.login.config", jaasFileBefore);
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        int bootstrapPort = cluster.brokers().values().iterator().next().boundPort(ListenerName.normalised("BOOTSTRAP"));
        Map<String, Object> plain = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + bootstrapPort,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, jaas(PLAIN, "admin", ADMIN_PASSWORD));
        try (Admin bootstrap = Admin.create(plain)) {
            bootstrap.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("admin",
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), ADMIN_PASSWORD))).all()
                    .get(30, TimeUnit.SECONDS);
        }
        // from here on, the catalogue's admin principal authenticates with SCRAM like everybody else
        access = new FeedAccess(scram(cluster.bootstrapServers(), "admin", ADMIN_PASSWORD),
                new FeedProperties("kafka.example:9094", 1, (short) 1, 30_000));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
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
        Map<String, Object> plaintext = new HashMap<>(producerConfig(cluster.bootstrapServers()));
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

    static KafkaProducer<String, String> producer(String username, String password) {
        Map<String, Object> config = new HashMap<>(producerConfig(cluster.bootstrapServers()));
        config.putAll(scram(cluster.bootstrapServers(), username, password));
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

    static Map<String, Object> scram(String bootstrap, String username, String password) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, jaas(SCRAM, username, password));
    }

    static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule";
    static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    static String jaas(String module, String username, String password) {
        return module + " required username=\"" + username + "\" password=\"" + password + "\";";
    }

    /** The broker's side of PLAIN: its own login and the one user it accepts. */
    static String plainServer(String username, String password) {
        return PLAIN + " required username=\"" + username + "\" password=\"" + password + "\" user_" + username
                + "=\"" + password + "\";";
    }

    static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

}
