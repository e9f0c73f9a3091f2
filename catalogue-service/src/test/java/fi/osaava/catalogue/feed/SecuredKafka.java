package fi.osaava.catalogue.feed;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;

/**
 * A real KRaft broker secured as in docker-compose.yml, one per test JVM: the client listener takes only
 * SASL/SCRAM-SHA-512, the StandardAuthorizer denies what no ACL allows, and User:admin (the catalogue's
 * principal) is a super user. SCRAM credentials live in the metadata log, so nobody can authenticate with SCRAM
 * before the first one exists: admin's gets in over a node-local BOOTSTRAP listener that takes PLAIN with a
 * password from the broker's own configuration (as kafka-init does in compose); the controller listener takes
 * PLAIN too, because a controller cannot check SCRAM.
 */
final class SecuredKafka {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule";
    static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private static KafkaClusterTestKit cluster;

    private SecuredKafka() {
    }

    static synchronized KafkaClusterTestKit cluster() throws Exception {
        if (cluster == null) {
            // as spring-kafka-test's embedded broker does: a broker stopping at JVM exit must not halt the JVM
            Exit.setExitProcedure((status, message) -> { });
            Exit.setHaltProcedure((status, message) -> { });
            cluster = start();
            KafkaClusterTestKit started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    // the JVM is going away anyway
                }
            }));
        }
        return cluster;
    }

    static String bootstrapServers() throws Exception {
        return cluster().bootstrapServers();
    }

    /** Client properties of a SCRAM-SHA-512 principal on the client listener. */
    static Map<String, Object> scram(String username, String password) throws Exception {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, jaas(SCRAM, username, password));
    }

    static String jaas(String module, String username, String password) {
        return module + " required username=\"" + username + "\" password=\"" + password + "\";";
    }

    /** The broker's side of PLAIN: its own login and the one user it accepts. */
    static String plainServer(String username, String password) {
        return PLAIN + " required username=\"" + username + "\" password=\"" + password + "\" user_" + username
                + "=\"" + password + "\";";
    }

    private static KafkaClusterTestKit start() throws Exception {
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
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,BOOTSTRAP://localhost:0")
                .setConfigProp("listener.security.protocol.map",
                        "EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,BOOTSTRAP:SASL_PLAINTEXT")
                // clients (services, providers): SCRAM only
                .setConfigProp("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .setConfigProp("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512")
                .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config", jaas(SCRAM, ADMIN, ADMIN_PASSWORD))
                // the quorum, and the node-local bootstrap listener that lets admin in before any SCRAM credential exists
                .setConfigProp("sasl.mechanism.controller.protocol", "PLAIN")
                .setConfigProp("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                .setConfigProp("listener.name.controller.plain.sasl.jaas.config", plainServer(ADMIN, ADMIN_PASSWORD))
                .setConfigProp("listener.name.bootstrap.sasl.enabled.mechanisms", "PLAIN")
                .setConfigProp("listener.name.bootstrap.plain.sasl.jaas.config", plainServer(ADMIN, ADMIN_PASSWORD))
                .setConfigProp("authorizer.class.name", StandardAuthorizer.class.getName())
                .setConfigProp("allow.everyone.if.no.acl.found", "false")
                .setConfigProp("super.users", "User:admin")
                // one node holds one replica of the internal topics (consumer groups need __consumer_offsets)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
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
                SaslConfigs.SASL_JAAS_CONFIG, jaas(PLAIN, ADMIN, ADMIN_PASSWORD));
        try (Admin bootstrap = Admin.create(plain)) {
            bootstrap.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(ADMIN,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), ADMIN_PASSWORD))).all()
                    .get(30, TimeUnit.SECONDS);
        }
        return cluster;
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
