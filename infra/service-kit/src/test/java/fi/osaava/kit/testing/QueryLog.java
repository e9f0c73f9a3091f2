package fi.osaava.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Every filter a service sends to its store (reads, counts, updates, deletes), as the driver sent it: what the
 * store has to find the documents by. {@link #assertUniqueKeyLookups} holds a hot path to mongo-java-server's
 * rule: it uses an index only for a filter whose fields are exactly a unique index's keys; any other filter
 * reads the whole collection, and gets slower as the collection grows.
 */
public final class QueryLog implements CommandListener {

    /** One filter on one collection. */
    public record Filter(String command, String collection, BsonDocument filter) {
    }

    private final List<Filter> filters = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        switch (name) {
            case "find" -> add(name, command, command.getDocument("filter", new BsonDocument()));
            case "count" -> add(name, command, command.getDocument("query", new BsonDocument()));
            case "findAndModify" -> add(name, command, command.getDocument("query", new BsonDocument()));
            case "update" -> command.getArray("updates").forEach(u -> add(name, command, u.asDocument().getDocument("q")));
            case "delete" -> command.getArray("deletes").forEach(d -> add(name, command, d.asDocument().getDocument("q")));
            default -> {
                // inserts have no filter; index and admin commands are not the service's queries
            }
        }
    }

    // the event's document lives in the driver's buffer: keep a copy
    private void add(String name, BsonDocument command, BsonDocument filter) {
        filters.add(new Filter(name, command.getString(name).getValue(), filter.clone()));
    }

    public List<Filter> on(String collection) {
        return filters.stream().filter(f -> f.collection().equals(collection)).toList();
    }

    public void clear() {
        filters.clear();
    }

    /**
     * Every filter logged on the collection names exactly the keys of one of its unique indexes, each with a
     * plain value or an {@code $in} of plain values: a key lookup on every store.
     */
    public void assertUniqueKeyLookups(MongoOperations mongo, String collection) {
        List<Set<String>> uniqueKeys = new ArrayList<>();
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            if ("_id_".equals(index.getString("name")) || Boolean.TRUE.equals(index.getBoolean("unique"))) {
                uniqueKeys.add(index.get("key", Document.class).keySet());
            }
        }
        assertThat(on(collection)).as("filters on %s", collection).isNotEmpty().allSatisfy(query -> {
            assertThat(uniqueKeys).as("a unique index with exactly the fields of %s", query)
                    .contains(query.filter().keySet());
            assertThat(query.filter().values()).as("values of %s", query).allMatch(QueryLog::isLookedUp);
        });
    }

    private static boolean isLookedUp(BsonValue value) {
        if (!value.isDocument()) {
            return true;
        }
        BsonDocument operator = value.asDocument();
        return operator.keySet().equals(Set.of("$in")) && operator.getArray("$in").stream().noneMatch(BsonValue::isDocument);
    }

    /** Registers a log with the service's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Listening {

        @Bean
        QueryLog queryLog() {
            return new QueryLog();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer queryLogging(QueryLog log) {
            return settings -> settings.addCommandListener(log);
        }
    }
}
