package fi.osaava.kit.testing;

import java.net.InetSocketAddress;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Points a test context at a real MongoDB wire-protocol server (mongo-java-server, in memory),
 * one server per JVM and a fresh database per context.
 */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MongoServer server;

    public static synchronized String connectionString(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.mongodb.uri=" + connectionString("test-" + UUID.randomUUID()),
                "management.health.mongodb.enabled=false");
    }
}
