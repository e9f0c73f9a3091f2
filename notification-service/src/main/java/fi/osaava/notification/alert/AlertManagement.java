package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionIndex;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * An event alerts the subscriptions it matches: each gets a delivery (immediate e-mail, webhook, alerts
 * topic) or a digest entry, recorded before anything is sent. Recording is all this does on the consumer's
 * thread, in bulk (one insert per thousand deliveries, keyed by delivery id, so a redelivered event records
 * nothing twice); rendering and sending are the dispatchers' ({@link DispatchQueue}), and what a crash leaves
 * behind the {@link DeliveryRetrier}'s.
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
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary matchedPerEvent;
    private final Timer recording;

    AlertManagement(SubscriptionIndex index, Deliveries deliveries, MongoTemplate mongo, DeliveryQueue queue,
                    DispatchQueue dispatching, AlertContents contents, Digests digests, AlertProperties properties,
                    Clock clock, MeterRegistry meters) {
        this.index = index;
        this.deliveries = deliveries;
        this.mongo = mongo;
        this.queue = queue;
        this.dispatching = dispatching;
        this.contents = contents;
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.matchedPerEvent = DistributionSummary.builder("osaava.events.matched.subscriptions")
                .description("Subscriptions one event reached").register(meters);
        this.recording = Timer.builder("osaava.alerts.recording.time")
                .description("Time to match one event and record its deliveries").register(meters);
    }

    /** Returns the ids of the immediate deliveries this call recorded (none for a redelivered event). */
    public List<String> raise(AlertEvent event) {
        long started = System.nanoTime();
        List<Subscription> matched = index.match(event);
        meters.counter("osaava.events.matched", "topic", event.topic().name()).increment();
        matchedPerEvent.record(matched.size());
        Instant now = clock.instant();
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
        List<String> created = record(event, immediate, now, leaseUntil);
        recording.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        log.info("{} {} (event {}): {} subscriptions matched, {} new deliveries, {} into digests", event.topic(),
                event.subjectId(), event.eventId(), matched.size(), created.size(), digested);
        return created;
    }

    /**
     * The event once, then its deliveries in chunks: each chunk's deliveries, their places in the delivery queue,
     * and then the dispatchers have them, so a large fan-out's first mails go out while the rest are still being
     * recorded. A crash in between leaves the event unacknowledged, and its redelivery adds only what is missing.
     */
    private List<String> record(AlertEvent event, List<Delivery> immediate, Instant now, Instant leaseUntil) {
        if (immediate.isEmpty()) {
            return List.of();
        }
        Bulk.insertIgnoringDuplicates(mongo, RecordedEvent.class, List.of(new RecordedEvent(event.eventId(), event, now)));
        List<String> created = new ArrayList<>(immediate.size());
        for (int from = 0; from < immediate.size(); from += Bulk.CHUNK) {
            List<Delivery> chunk = immediate.subList(from, Math.min(immediate.size(), from + Bulk.CHUNK));
            Set<Integer> already = Bulk.insertIgnoringDuplicates(mongo, Delivery.class, chunk);
            if (!already.isEmpty()) {
                meters.counter("osaava.alerts.duplicates").increment(already.size());
                queue.expectDue(leaseUntil); // any of them not sent yet: the retrier looks when this lease ends
            }
            // queued also when recorded before a crash (the redelivery adds what is missing, under this lease)
            queue.addAll(chunk.stream().map(d -> QueuedDelivery.of(d.id(), d.eventId(), d.nextAttemptAt())).toList());
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

    public List<Delivery> deliveriesOf(String needId, Pageable page) {
        return deliveries.findByNeedIdOrderByCreatedAtAsc(needId, page);
    }

    public List<Delivery> deliveriesOfEvent(String eventId, Pageable page) {
        return deliveries.findByEventIdOrderByCreatedAtAsc(eventId, page);
    }

    public List<Delivery> deliveriesTo(String recipientId, Pageable page) {
        return deliveries.findByRecipientIdOrderByCreatedAtDesc(recipientId, page);
    }

    public List<Delivery> recentDeliveries(Pageable page) {
        return deliveries.findAllByOrderByCreatedAtDesc(page);
    }

}
