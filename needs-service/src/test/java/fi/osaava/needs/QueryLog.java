package fi.osaava.needs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Every filter the service sends to the store (reads, updates, deletes), as the driver sent it: what the
 * store has to find the documents by.
 */
final class QueryLog implements CommandListener {

    /** One filter on one collection. */
    record Filter(String command, String collection, BsonDocument filter) {
    }

    private final List<Filter> filters = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        // the event's document lives in the driver's buffer: copy what is kept
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        switch (name) {
            case "find", "count" -> add(name, command, command.getDocument("filter", command.getDocument("query",
                    new BsonDocument())));
            case "findAndModify" -> add(name, command, command.getDocument("query", new BsonDocument()));
            case "update" -> command.getArray("updates").forEach(u -> add(name, command, u.asDocument().getDocument("q")));
            case "delete" -> command.getArray("deletes").forEach(d -> add(name, command, d.asDocument().getDocument("q")));
            default -> {
                // inserts have no filter; index and admin commands are not the service's queries
            }
        }
    }

    private void add(String name, BsonDocument command, BsonDocument filter) {
        BsonValue collection = command.get(name);
        filters.add(new Filter(name, collection.asString().getValue(), filter.clone()));
    }

    List<Filter> on(String collection) {
        return filters.stream().filter(f -> f.collection().equals(collection)).toList();
    }

    void clear() {
        filters.clear();
    }

    /** Registers a log with the service's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {

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
