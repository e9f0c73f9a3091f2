package fi.osaava.kit.inbox;

import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The idempotent-consumer record: one document per (consumer, {@code ce_id}) in
 * {@code processed_events}, whose {@code _id} makes the second claim of the same event fail.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Claims an event for a consumer. Returns false when the consumer already processed it.
     * Claim after the effect is durable (or make the effect itself idempotent): a crash between
     * the two then replays the event rather than losing it.
     */
    public boolean claim(String consumer, String eventId) {
        try {
            mongo.insert(new Document("_id", consumer + ":" + eventId)
                    .append("consumer", consumer)
                    .append("eventId", eventId)
                    .append("processedAt", Instant.now()), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean seen(String consumer, String eventId) {
        return mongo.getCollection(COLLECTION).countDocuments(new Document("_id", consumer + ":" + eventId)) > 0;
    }
}
