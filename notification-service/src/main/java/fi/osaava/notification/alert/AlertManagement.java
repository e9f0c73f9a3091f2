package fi.osaava.notification.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionIndex;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * An event alerts the subscriptions it matches: each gets a delivery (immediate e-mail, webhook, alerts
 * topic) or a digest entry, recorded before anything is sent. The record's id makes a redelivered event
 * harmless; a delivery recorded but not sent (crash, SMTP down) is picked up by the {@link DeliveryRetrier}.
 */
@Service
public class AlertManagement {

    private static final Logger log = LoggerFactory.getLogger(AlertManagement.class);

    private final SubscriptionIndex index;
    private final Deliveries deliveries;
    private final AlertContents contents;
    private final Digests digests;
    private final DeliveryDispatcher dispatcher;
    private final TaskExecutor dispatching;
    private final AlertProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary matchedPerEvent;

    AlertManagement(SubscriptionIndex index, Deliveries deliveries, AlertContents contents, Digests digests,
                    DeliveryDispatcher dispatcher, @Qualifier("alertDispatching") TaskExecutor alertDispatching, AlertProperties properties,
                    Clock clock, MeterRegistry meters) {
        this.index = index;
        this.deliveries = deliveries;
        this.contents = contents;
        this.digests = digests;
        this.dispatcher = dispatcher;
        this.dispatching = alertDispatching;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.matchedPerEvent = DistributionSummary.builder("osaava.events.matched.subscriptions")
                .description("Subscriptions one event reached").register(meters);
    }

    /** Returns the immediate deliveries this call created (none for a redelivered event). */
    public List<Delivery> raise(AlertEvent event) {
        List<Subscription> matched = index.match(event);
        meters.counter("osaava.events.matched", "topic", event.topic().name()).increment();
        matchedPerEvent.record(matched.size());
        List<Delivery> created = new ArrayList<>();
        int digested = 0;
        for (Subscription subscription : matched) {
            AlertReason reason = AlertReasons.of(subscription, event);
            if (subscription.channel() == Channel.EMAIL && subscription.cadence() != Cadence.IMMEDIATE) {
                digested += digests.collect(event, subscription, reason) ? 1 : 0;
                continue;
            }
            String id = Delivery.idOf(event.eventId(), subscription);
            if (deliveries.existsById(id)) {
                meters.counter("osaava.alerts.duplicates").increment();
                continue;
            }
            Delivery delivery = new Delivery(id, event, subscription, contents.addresseeOf(subscription), reason,
                    contents.render(id, event, subscription, reason), clock.instant(), properties.leaseTime());
            try {
                created.add(deliveries.insert(delivery));
            } catch (DuplicateKeyException alreadyRecorded) {
                meters.counter("osaava.alerts.duplicates").increment();
            }
        }
        log.info("{} {} (event {}): {} subscriptions matched, {} new deliveries, {} into digests", event.topic(),
                event.subjectId(), event.eventId(), matched.size(), created.size(), digested);
        created.forEach(delivery -> dispatching.execute(() -> dispatcher.attempt(delivery)));
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
