package fi.osaava.kit.testing;

import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A fresh database on the tests' MongoDB wire-protocol server ({@link EmbeddedMongoInitializer}'s), with a
 * {@link MongoTemplate} on it, for a test without a Spring context (e.g. a store migration on documents of an old
 * shape). Close it after the test.
 */
public final class WireStore implements AutoCloseable {

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
    public void close() {
        client.close();
    }
}
