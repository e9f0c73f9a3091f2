package fi.osaava.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import fi.osaava.kit.outbox.OutboxSignals.Signal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays and removes them only after the broker has
 * acknowledged them. A crash between the two steps sends an event again with the same {@code ce_id}: delivery is
 * at least once and consumers deduplicate.
 *
 * <p>It works in batches of aggregates: those just written ({@link OutboxSignals}, read back by {@code _id}, one
 * query per collection) or those a sweep found with a non-empty outbox. Every aggregate's first pending event of
 * the batch is sent at once without waiting for the others; when all are acknowledged (or failed), the second
 * events of the aggregates whose first one went, and so on. So an aggregate's events reach the topic in their
 * order, and an event whose send failed holds back that aggregate's later ones: they stay in the outbox, unsent,
 * and go in order with it on a later pass. Each aggregate then loses its acknowledged events in one update by
 * {@code _id}: a {@code $pull} of their ids, plus an increment of its version field if the route has one (so a
 * save of a copy loaded before the removal fails its version check instead of writing them back).
 *
 * <p>Several instances may relay the same aggregate (each pushes what it wrote, each sweeps) without a lease: every
 * relay sends what it read of the outbox in the outbox's order, and an event leaves the outbox only after the broker
 * acknowledged it, so what one relay reads is always a run of the aggregate's events with everything before it already
 * on the topic. Interleaved, two relays can only add later copies of events already sent, never put an event ahead
 * of an earlier one; consumers drop the copies by {@code ce_id}. The price is a duplicate now and then, not order.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final long SLOW_SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Present only in an aggregate with pending events: the sweep asks for it, and a sparse index holds only them. */
    public static final String PENDING_FIELD = "outbox.eventId";

    private final MongoTemplate mongo;
    private final OutboxProducer producer;
    private final Map<String, OutboxRoute> routes;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failed;
    private final Timer latency;
    private final Timer sweeps;
    /** Aggregates of the passes since the last {@link #takeUnfinished()} whose outbox still holds events. */
    private final Set<Signal> unfinished = new LinkedHashSet<>();

    OutboxRelay(MongoTemplate mongo, OutboxProducer producer, List<OutboxRoute> routes, OutboxSignals signals,
                OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.producer = producer;
        this.routes = routes.stream().collect(Collectors.toMap(OutboxRoute::collection, Function.identity(),
                (a, b) -> { throw new IllegalStateException("two outbox routes for collection " + a.collection()); },
                LinkedHashMap::new));
        this.properties = properties;
        this.published = meters.counter("osaava.outbox.published");
        this.failed = meters.counter("osaava.outbox.failed");
        this.latency = Timer.builder("osaava.outbox.latency")
                .description("from an event's time to the broker's acknowledgement of it")
                .publishPercentileHistogram().register(meters);
        this.sweeps = Timer.builder("osaava.outbox.sweep.time")
                .description("one sweep over every outbox: a scan of each collection where the store has no index for it")
                .register(meters);
        meters.gauge("osaava.outbox.signals.pending", signals, OutboxSignals::pending);
    }

    /**
     * Declares, on every route's collection, the sparse index on {@code outbox.eventId} that holds only the
     * aggregates with pending events, so that on MongoDB a sweep reads those and not the collection (checked in
     * needs-service's Testcontainers test of hot queries). The embedded store accepts the declaration and keeps no
     * such index; there the sweep reads the whole collection, which is why it runs rarely.
     */
    void declareIndexes() {
        for (OutboxRoute route : routes.values()) {
            try {
                mongo.indexOps(route.collection()).createIndex(pendingIndex());
            } catch (RuntimeException e) {
                log.warn("Outbox index on {} not declared, the sweep reads the collection: {}", route.collection(),
                        e.toString());
            }
        }
    }

    /** The sparse index of the aggregates with pending events, which the sweep's query uses on MongoDB. */
    public static Index pendingIndex() {
        return new Index().on(PENDING_FIELD, Sort.Direction.ASC).sparse().named("outbox_pending");
    }

    /** One sweep over every route: every aggregate with pending events, in batches; returns how many were published. */
    public synchronized int relay() {
        long started = System.nanoTime();
        int count = 0;
        for (OutboxRoute route : routes.values()) {
            count += sweep(route);
        }
        long took = System.nanoTime() - started;
        sweeps.record(took, TimeUnit.NANOSECONDS);
        if (took > SLOW_SWEEP_NANOS) {
            // on a store without the index (the embedded one) a sweep reads whole collections, and holds each
            // collection's writes meanwhile: say so, it shows in the latency of anything written then
            log.info("Outbox sweep of {} took {} ms ({} events published)", routes.keySet(),
                    TimeUnit.NANOSECONDS.toMillis(took), count);
        }
        return count;
    }

    private int sweep(OutboxRoute route) {
        int count = 0;
        while (true) {
            // on MongoDB an index scan of the sparse index on outbox.eventId ({@link #declareIndexes}); the
            // embedded store, which has no such index, reads the whole collection: only the sweep asks like this
            Query pending = new Query(Criteria.where(PENDING_FIELD).exists(true)).limit(properties.batchSize());
            pending.fields().include("_id").include("outbox");
            List<Document> aggregates = mongo.find(pending, Document.class, route.collection());
            int batch = publish(route, aggregates);
            count += batch;
            if (batch == 0 || aggregates.size() < properties.batchSize()) {
                return count;
            }
        }
    }

    /** Publishes the outboxes of the signalled aggregates; returns how many events were published. */
    synchronized int relay(List<Signal> signals) {
        Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
        for (Signal signal : signals) {
            idsByCollection.computeIfAbsent(signal.collection(), c -> new LinkedHashSet<>()).add(signal.id());
        }
        int count = 0;
        for (Map.Entry<String, Set<Object>> entry : idsByCollection.entrySet()) {
            OutboxRoute route = routes.get(entry.getKey());
            if (route != null) {
                // by _id alone: an index lookup on every store
                Query written = new Query(Criteria.where("_id").in(entry.getValue()));
                written.fields().include("_id").include("outbox");
                count += publish(route, mongo.find(written, Document.class, route.collection()));
            }
        }
        return count;
    }

    /**
     * The aggregates whose events a pass since the last call could not all publish (a send failed or was not
     * acknowledged in time): the loop tries them again soon, without waiting for a sweep.
     */
    synchronized List<Signal> takeUnfinished() {
        List<Signal> taken = List.copyOf(unfinished);
        unfinished.clear();
        return taken;
    }

    private int publish(OutboxRoute route, List<Document> aggregates) {
        List<Outbox> outboxes = new ArrayList<>();
        for (Document aggregate : aggregates) {
            List<Document> events = aggregate.getList("outbox", Document.class, List.of());
            if (!events.isEmpty()) {
                outboxes.add(new Outbox(aggregate.get("_id"), events));
            }
        }
        List<Outbox> sending = outboxes;
        for (int position = 0; !sending.isEmpty(); position++) {
            sendAndAwait(route, sending, position);
            int next = position + 1;
            sending = sending.stream().filter(outbox -> outbox.acknowledged.size() == next && outbox.events.size() > next)
                    .toList();
        }
        outboxes.stream().filter(outbox -> outbox.acknowledged.size() < outbox.events.size())
                .forEach(outbox -> unfinished.add(new Signal(route.collection(), outbox.id)));
        return remove(route, outboxes);
    }

    /** Sends each outbox's event at {@code position} without waiting, then waits for all of them. */
    private void sendAndAwait(OutboxRoute route, List<Outbox> outboxes, int position) {
        Map<Outbox, CompletableFuture<?>> sends = new LinkedHashMap<>();
        for (Outbox outbox : outboxes) {
            sends.put(outbox, producer.send(route.binding(), outbox.events.get(position)));
        }
        long deadline = System.nanoTime() + properties.ackTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
        sends.forEach((outbox, send) -> {
            Document event = outbox.events.get(position);
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                outbox.acknowledged.add(event.getString("eventId"));
                latency.record(Duration.between(OutboxProducer.timeOf(event), Instant.now()));
            } catch (ExecutionException | TimeoutException e) {
                failed.increment();
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                log.warn("Outbox event {} of {} {} not published yet, nor its later ones: {}",
                        event.getString("eventId"), route.collection(), outbox.id, String.valueOf(cause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the broker", e);
            }
        });
    }

    /** One update per aggregate, all in one round trip: its acknowledged events out, its version up. */
    private int remove(OutboxRoute route, List<Outbox> outboxes) {
        BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, route.collection());
        int count = 0;
        for (Outbox outbox : outboxes) {
            if (outbox.acknowledged.isEmpty()) {
                continue;
            }
            Update removal = new Update().pull("outbox",
                    new Document("eventId", new Document("$in", outbox.acknowledged)));
            if (route.versionField() != null) {
                removal.inc(route.versionField(), 1);
            }
            removals.updateOne(new Query(Criteria.where("_id").is(outbox.id)), removal);
            count += outbox.acknowledged.size();
        }
        if (count > 0) {
            removals.execute();
            published.increment(count);
        }
        return count;
    }

    private static final class Outbox {
        final Object id;
        final List<Document> events;
        final List<String> acknowledged = new ArrayList<>();

        Outbox(Object id, List<Document> events) {
            this.id = id;
            this.events = events;
        }
    }
}
