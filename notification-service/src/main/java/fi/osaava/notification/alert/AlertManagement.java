package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import fi.osaava.kit.security.Actor;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionIndex;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;

/**
 * An event alerts the subscriptions it matches: each gets a delivery (immediate e-mail, webhook, alerts
 * topic) or a digest entry, recorded before anything is sent. Recording is all this does on the consumer's
 * thread, in bulk (one insert per thousand deliveries, keyed by delivery id, so a redelivered event records
 * nothing twice); rendering and sending are the dispatchers' ({@link DispatchQueue}), and what a crash leaves
 * behind the {@link DeliveryRetrier}'s.
 *
 * <p>A large fan-out (more than {@code record-inline} deliveries) is recorded by a recorder thread of its own:
 * the consumer writes the event and a {@link PendingRecording} and returns at once, so the next event on its
 * partition (a need for ten, say) is not kept waiting while ten thousand deliveries are written. The recorder
 * removes the mark when all are recorded; a mark left by a crash is recorded again at start-up.
 *
 * <p>Recording waits while the dispatchers are far behind (back-pressure: {@code osaava.alerts.backlog}, and the
 * lower {@code large-backlog} for the recorder, so a small event finds room beside a large fan-out): what cannot be
 * sent soon stays in Kafka instead of taking the store's time from the sending.
 */
@Service
public class AlertManagement {

    private static final Logger log = LoggerFactory.getLogger(AlertManagement.class);

    private final SubscriptionIndex index;
    private final Deliveries deliveries;
    private final MongoTemplate mongo;
    private final DeliveryQueue queue;
    private final DispatchQueue dispatching;
    private final AlertContents contents;
    private final Digests digests;
    private final AlertProperties properties;
    private final AlertAccess access;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary matchedPerEvent;
    private final Timer recording;
    private final Timer backPressure;
    private final ScheduledExecutorService recorder;

    AlertManagement(SubscriptionIndex index, Deliveries deliveries, MongoTemplate mongo, DeliveryQueue queue,
                    DispatchQueue dispatching, AlertContents contents, Digests digests, AlertProperties properties,
                    AlertAccess access, Clock clock, MeterRegistry meters) {
        this.index = index;
        this.deliveries = deliveries;
        this.mongo = mongo;
        this.queue = queue;
        this.dispatching = dispatching;
        this.contents = contents;
        this.digests = digests;
        this.properties = properties;
        this.access = access;
        this.clock = clock;
        this.meters = meters;
        this.matchedPerEvent = DistributionSummary.builder("osaava.events.matched.subscriptions")
                .description("Subscriptions one event reached").register(meters);
        this.recording = Timer.builder("osaava.alerts.recording.time")
                .description("Time to match one event and record its deliveries").register(meters);
        this.backPressure = Timer.builder("osaava.alerts.recording.back-pressure")
                .description("Time recording waited for the dispatchers to catch up").register(meters);
        this.recorder = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fan-out-recorder");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops recording; a fan-out still being recorded keeps its mark, and is recorded again at the next start. */
    @PreDestroy
    void stop() {
        recorder.shutdownNow();
    }

    /** The fan-outs a crash left half recorded, recorded again (what is there already is not added twice). */
    @EventListener(ApplicationReadyEvent.class)
    public void resumePendingRecordings() {
        for (PendingRecording pending : mongo.findAll(PendingRecording.class)) {
            RecordedEvent recorded = mongo.findById(pending.id(), RecordedEvent.class);
            if (recorded == null) {
                mongo.remove(pending); // cannot be: the event is written first; nothing to record from
                continue;
            }
            log.info("Recording the rest of event {} ({} deliveries), left unfinished since {}", pending.id(),
                    pending.deliveries(), pending.since());
            raise(recorded.event());
        }
    }

    /** Returns the ids of the immediate deliveries this call recorded (none for a redelivered event). */
    public List<String> raise(AlertEvent event) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        remember(event, now);
        List<Subscription> matched = index.match(event);
        meters.counter("osaava.events.matched", "topic", event.topic().name()).increment();
        matchedPerEvent.record(matched.size());
        Instant leaseUntil = properties.leaseUntil(now, dispatching.size() + matched.size());
        List<Delivery> immediate = new ArrayList<>();
        int digested = 0;
        for (Subscription subscription : matched) {
            AlertReason reason = AlertReasons.of(subscription, event);
            if (subscription.channel() == Channel.EMAIL && subscription.cadence() != Cadence.IMMEDIATE) {
                digested += digests.collect(event, subscription, reason) ? 1 : 0;
                continue;
            }
            immediate.add(new Delivery(Delivery.idOf(event.eventId(), subscription), event, subscription,
                    contents.addresseeOf(subscription), reason, now, leaseUntil));
        }
        if (immediate.size() > properties.recordInline()) {
            recordLater(event, immediate, now, leaseUntil);
            log.info("{} {} (event {}): {} subscriptions matched, {} deliveries to record by the recorder, {} into "
                    + "digests", event.topic(), event.subjectId(), event.eventId(), matched.size(), immediate.size(),
                    digested);
            return List.of();
        }
        List<String> created = record(event, immediate, now, leaseUntil, properties.backlog());
        recording.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        log.info("{} {} (event {}): {} subscriptions matched, {} new deliveries, {} into digests", event.topic(),
                event.subjectId(), event.eventId(), matched.size(), created.size(), digested);
        return created;
    }

    /**
     * The event, once, whoever it reaches (also nobody, or only digests), and its place among its subject's events:
     * what its reach is worked out from ({@link AlertReach}). Both by key; a redelivery changes neither.
     */
    private void remember(AlertEvent event, Instant now) {
        Bulk.insertIgnoringDuplicates(mongo, RecordedEvent.class, List.of(new RecordedEvent(event.eventId(), event, now)));
        mongo.upsert(Query.query(Criteria.where("_id").is(event.subjectId())), new Update().addToSet("events",
                new SubjectEvents.Entry(event.eventId(), event.topic(), event.occurredAt())), SubjectEvents.class);
    }

    /**
     * The mark is written (after the event, {@link #remember}) before the consumer acknowledges the event; the deliveries by the
     * recorder thread, which tries again after a failure (the store went away) until they are all there.
     */
    private void recordLater(AlertEvent event, List<Delivery> immediate, Instant now, Instant leaseUntil) {
        Bulk.insertIgnoringDuplicates(mongo, PendingRecording.class,
                List.of(new PendingRecording(event.eventId(), now, immediate.size())));
        recorder.execute(new Runnable() {
            @Override
            public void run() {
                long started = System.nanoTime();
                try {
                    List<String> created = record(event, immediate, now, leaseUntil, properties.largeBacklog());
                    mongo.remove(Query.query(Criteria.where("_id").is(event.eventId())), PendingRecording.class);
                    recording.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    log.info("{} {} (event {}): {} new deliveries recorded by the recorder", event.topic(),
                            event.subjectId(), event.eventId(), created.size());
                } catch (RuntimeException e) {
                    log.warn("Recording the deliveries of event {} failed, trying again in 5 s: {}", event.eventId(),
                            e.toString());
                    recorder.schedule(this, 5, TimeUnit.SECONDS);
                }
            }
        });
    }

    /**
     * The deliveries in chunks (the event is recorded already, {@link #remember}): each chunk's deliveries, their places in the delivery queue,
     * and then the dispatchers have them, so a large fan-out's first mails go out while the rest are still being
     * recorded. A crash in between leaves the event unacknowledged, and its redelivery adds only what is missing.
     */
    private List<String> record(AlertEvent event, List<Delivery> immediate, Instant now, Instant leaseUntil,
                                int backlog) {
        if (immediate.isEmpty()) {
            return List.of();
        }
        List<String> created = new ArrayList<>(immediate.size());
        for (int from = 0; from < immediate.size(); from += Bulk.CHUNK) {
            List<Delivery> chunk = immediate.subList(from, Math.min(immediate.size(), from + Bulk.CHUNK));
            awaitRoom(backlog);
            Set<Integer> already = Bulk.insertIgnoringDuplicates(mongo, Delivery.class, chunk);
            // queued also when recorded before a crash (the redelivery adds what is missing, under this lease)
            queue.addAll(chunk.stream().map(d -> QueuedDelivery.of(d.id(), d.eventId(), d.nextAttemptAt())).toList());
            if (!already.isEmpty()) {
                meters.counter("osaava.alerts.duplicates").increment(already.size());
                queue.expectDue(leaseUntil); // any of them not sent yet: the retrier looks when this lease ends
            }
            List<String> createdNow = new ArrayList<>(chunk.size() - already.size());
            for (int i = 0; i < chunk.size(); i++) {
                if (!already.contains(i)) {
                    createdNow.add(chunk.get(i).id());
                }
            }
            // only the new ones: those recorded before are leased by whoever recorded them, or left to the retrier
            queue.dispatch(event.eventId(), event, leaseUntil, createdNow);
            created.addAll(createdNow);
        }
        return created;
    }

    /**
     * Back-pressure: waits while the dispatchers hold {@code backlog} or more deliveries (bounded by
     * {@code backlog-wait}, then records anyway). Sending and recording share the store; recording as fast as events
     * arrive would take all of its time and leave the dispatchers none, so that nothing goes out at all.
     */
    private void awaitRoom(int backlog) {
        if (dispatching.size() < backlog) {
            return;
        }
        long started = System.nanoTime();
        try {
            if (!dispatching.awaitBelow(backlog, properties.backlogWait().toMillis())) {
                log.info("The dispatchers still hold {} deliveries after {}; recording anyway", dispatching.size(),
                        properties.backlogWait());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the dispatchers", e);
        }
        backPressure.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /**
     * The delivery log a page at a time: to one recipient (newest first), of one event ({@code ce_id}), of one need,
     * or the most recent, the first of these asked for. Only the coordinator reads all of it
     * ({@link AlertAccess#requireMayReadDeliveries}).
     */
    public List<Delivery> deliveryLog(Actor actor, @Nullable String recipientId, @Nullable String eventId,
                                      @Nullable String needId, Pageable page) {
        access.requireMayReadDeliveries(actor, recipientId);
        if (recipientId != null) {
            return deliveries.findByRecipientIdOrderByCreatedAtDesc(recipientId, page);
        } else if (eventId != null) {
            return deliveries.findByEventIdOrderByCreatedAtAsc(eventId, page);
        } else if (needId != null) {
            return deliveries.findByNeedIdOrderByCreatedAtAsc(needId, page);
        }
        return deliveries.findAllByOrderByCreatedAtDesc(page);
    }
}
