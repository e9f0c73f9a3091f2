package fi.osaava.kit.testing;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A fresh database on the tests' MongoDB wire-protocol server ({@link EmbeddedMongoInitializer}'s), with a
 * {@link MongoTemplate} on it, for a test without a Spring context (e.g. a store migration on documents of an old
 * shape). As a JUnit extension it closes itself after each test:
 * {@code @RegisterExtension final WireStore store = WireStore.freshDatabase();}
 */
public final class WireStore implements AutoCloseable, AfterEachCallback {

    private final MongoClient client;
    private final MongoTemplate template;

    private WireStore(ConnectionString uri) {
        this.client = MongoClients.create(uri);
        this.template = new MongoTemplate(client, uri.getDatabase());
    }

    public static WireStore freshDatabase() {
        return new WireStore(new ConnectionString(EmbeddedMongoInitializer.connectionString("test-" + UUID.randomUUID())));
    }

    public MongoTemplate template() {
        return template;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
    }
}
