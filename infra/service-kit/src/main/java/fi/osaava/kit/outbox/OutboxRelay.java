package fi.osaava.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fi.osaava.kit.event.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays, oldest first per aggregate,
 * and removes each one only after the broker has acknowledged it (the bindings send synchronously).
 * A crash between the two steps sends the event again with the same {@code ce_id}: delivery is at
 * least once and consumers deduplicate.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final List<OutboxRoute> routes;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failed;

    public OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, List<OutboxRoute> routes,
                       OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.streamBridge = streamBridge;
        this.routes = routes;
        this.properties = properties;
        this.published = meters.counter("osaava.outbox.published");
        this.failed = meters.counter("osaava.outbox.failed");
    }

    /** One sweep over every route; returns how many events were published. */
    public synchronized int relay() {
        int count = 0;
        for (OutboxRoute route : routes) {
            count += relay(route);
        }
        return count;
    }

    private int relay(OutboxRoute route) {
        Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(properties.batchSize());
        pending.fields().include("_id").include("outbox");
        int count = 0;
        for (Document aggregate : mongo.find(pending, Document.class, route.collection())) {
            count += relayAggregate(route, aggregate);
        }
        return count;
    }

    private int relayAggregate(OutboxRoute route, Document aggregate) {
        int count = 0;
        for (Document event : aggregate.getList("outbox", Document.class)) {
            try {
                if (!streamBridge.send(route.binding(), toMessage(event))) {
                    throw new IllegalStateException("binding " + route.binding() + " refused the message");
                }
            } catch (RuntimeException e) {
                // keep this aggregate's order: its later events wait until this one went out
                failed.increment();
                log.warn("Outbox event {} of {} not published yet: {}", event.getString("eventId"),
                        route.collection(), e.getMessage());
                return count;
            }
            Update removal = new Update().pull("outbox", new Document("eventId", event.getString("eventId")));
            if (route.versionField() != null) {
                removal.inc(route.versionField(), 1);
            }
            mongo.updateFirst(new Query(Criteria.where("_id").is(aggregate.get("_id"))), removal, route.collection());
            published.increment();
            count++;
        }
        return count;
    }

    private Message<byte[]> toMessage(Document event) {
        String type = event.getString("type");
        String subject = event.getString("subject");
        return MessageBuilder.withPayload(event.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, bytes(subject))
                .setHeader(CloudEventHeaders.ID, bytes(event.getString("eventId")))
                .setHeader(CloudEventHeaders.TYPE, bytes(type))
                .setHeader(CloudEventHeaders.SOURCE, bytes(properties.source()))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0))
                .setHeader(CloudEventHeaders.TIME, bytes(timeOf(event).toString()))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(subject))
                .setHeader(CloudEventHeaders.DATA_SCHEMA, bytes(CloudEventHeaders.dataSchemaOf(type)))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .build();
    }

    private static Instant timeOf(Document event) {
        Object time = event.get("time");
        return time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
    }

    // raw UTF-8 header values, as the CloudEvents Kafka binding expects (no JSON quoting)
    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
