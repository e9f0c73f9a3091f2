package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.notification.alert.email.DigestEntry;
import fi.osaava.notification.alert.email.EmailLinks;
import fi.osaava.notification.alert.email.EmailTemplates;
import fi.osaava.notification.alert.email.RenderedEmail;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionIndex;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Daily and weekly digests: an alert for a digest subscription waits as a {@link DigestItem} for the next
 * digest time (local time, Europe/Helsinki by default); then all that waited go out as one e-mail, and none
 * when nothing waited. Restart-safe in three steps, each repeatable: the waiting items are stamped with the
 * digest's id ({@code digest:<subscription>:<first slot>}), the digest delivery is inserted from the items
 * carrying that stamp (its id makes a second insert fail), and only then do the items count as delivered.
 * An item that arrives while a digest is being made waits for the next one; none is lost or repeated.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    static final String DROPPED = "dropped";

    private final MongoTemplate mongo;
    private final Deliveries deliveries;
    private final SubscriptionIndex index;
    private final EmailTemplates templates;
    private final AlertContents contents;
    private final DeliveryQueue queue;
    private final DigestProperties properties;
    private final AlertProperties alertProperties;
    private final Clock clock;
    private final MeterRegistry meters;

    Digests(MongoTemplate mongo, Deliveries deliveries, SubscriptionIndex index, EmailTemplates templates,
            AlertContents contents, DeliveryQueue queue, DigestProperties properties,
            AlertProperties alertProperties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.index = index;
        this.templates = templates;
        this.contents = contents;
        this.queue = queue;
        this.properties = properties;
        this.alertProperties = alertProperties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Returns false when the event already waits for this subscription's digest (a redelivery). */
    boolean collect(AlertEvent event, Subscription subscription, AlertReason reason) {
        Instant now = clock.instant();
        try {
            mongo.insert(new DigestItem(event.eventId() + ":" + subscription.id(), subscription.id(), event, reason, now,
                    nextSlot(subscription.cadence(), now), null));
            meters.counter("osaava.digests.items").increment();
            return true;
        } catch (DuplicateKeyException alreadyWaiting) {
            meters.counter("osaava.alerts.duplicates").increment();
            return false;
        }
    }

    /** The first digest time strictly after {@code now}. */
    Instant nextSlot(Cadence cadence, Instant now) {
        return nextSlot(cadence, now, properties);
    }

    /**
     * The first digest time strictly after {@code now}: today's or tomorrow's local digest time (the next
     * weekly day's for a weekly digest), in local time, so it stays 07:00 across daylight saving changes.
     */
    static Instant nextSlot(Cadence cadence, Instant now, DigestProperties properties) {
        ZonedDateTime local = now.atZone(properties.zone());
        ZonedDateTime slot = local.toLocalDate().atTime(properties.time()).atZone(properties.zone());
        if (cadence == Cadence.WEEKLY) {
            slot = slot.with(TemporalAdjusters.nextOrSame(properties.weeklyOn()));
            if (!slot.isAfter(local)) {
                slot = slot.plusWeeks(1);
            }
        } else if (!slot.isAfter(local)) {
            slot = slot.plusDays(1);
        }
        return slot.toInstant();
    }

    /** Run by the {@code digests} task ({@link AlertConfiguration}). */
    void sendDue() {
        Instant now = clock.instant();
        int made = 0;
        for (String subscriptionId : dueSubscriptions(now)) {
            made += makeDigest(subscriptionId, now) ? 1 : 0;
        }
        finishStamped();
        if (made > 0) {
            log.info("{} digests made", made);
        }
    }

    private List<String> dueSubscriptions(Instant now) {
        Query waiting = Query.query(Criteria.where("digestId").is(null).and("slotAt").lte(now));
        return mongo.findDistinct(waiting, "subscriptionId", DigestItem.class, String.class);
    }

    /** Stamps what waits for one subscription and makes its digest; false when there was nothing. */
    private boolean makeDigest(String subscriptionId, Instant now) {
        Query waiting = Query.query(Criteria.where("subscriptionId").is(subscriptionId).and("digestId").is(null)
                .and("slotAt").lte(now)).with(Sort.by("slotAt"));
        DigestItem first = mongo.findOne(waiting, DigestItem.class);
        if (first == null) {
            return false;
        }
        Optional<Subscription> subscription = index.activeSubscription(subscriptionId);
        String digestId = subscription.isPresent()
                ? "digest:" + subscriptionId + ":" + first.slotAt().atZone(properties.zone()).toLocalDate()
                : DROPPED;
        mongo.updateMulti(Query.query(Criteria.where("subscriptionId").is(subscriptionId).and("digestId").is(null)
                .and("slotAt").lte(now)), new Update().set("digestId", digestId), DigestItem.class);
        if (subscription.isEmpty()) {
            log.info("Digest items of subscription {} dropped: it no longer takes alerts", subscriptionId);
            return false;
        }
        return deliver(digestId, subscription.get());
    }

    /** Digests stamped but not delivered (a crash in between): deliver them now. */
    private void finishStamped() {
        Query stamped = Query.query(Criteria.where("digestId").regex("^digest:").and("delivered").is(null));
        for (String digestId : mongo.findDistinct(stamped, "digestId", DigestItem.class, String.class)) {
            String subscriptionId = digestId.substring("digest:".length(), digestId.lastIndexOf(':'));
            Optional<Subscription> subscription = index.activeSubscription(subscriptionId);
            if (subscription.isPresent()) {
                deliver(digestId, subscription.get());
            } else {
                markDelivered(digestId);
            }
        }
    }

    private boolean deliver(String digestId, Subscription subscription) {
        boolean created = false;
        if (!deliveries.existsById(digestId)) {
            List<DigestItem> items = mongo.find(Query.query(Criteria.where("digestId").is(digestId))
                    .with(Sort.by("createdAt")), DigestItem.class);
            if (!items.isEmpty()) {
                Delivery digest = digestOf(digestId, subscription, items);
                try {
                    deliveries.insert(digest);
                    created = true;
                    meters.counter("osaava.digests.sent", "cadence", subscription.cadence().name()).increment();
                    queue.addAll(List.of(QueuedDelivery.of(digestId, digestId, digest.nextAttemptAt())));
                    queue.dispatch(digestId, null, digest.nextAttemptAt(), List.of(digestId));
                } catch (DuplicateKeyException madeMeanwhile) {
                    // another instance made it
                }
            }
        }
        markDelivered(digestId);
        return created;
    }

    private void markDelivered(String digestId) {
        mongo.updateMulti(Query.query(Criteria.where("digestId").is(digestId)), new Update().set("delivered", true),
                DigestItem.class);
    }

    private Delivery digestOf(String digestId, Subscription subscription, List<DigestItem> items) {
        LocalDate firstDay = items.get(0).createdAt().atZone(properties.zone()).toLocalDate();
        LocalDate lastDay = items.get(items.size() - 1).createdAt().atZone(properties.zone()).toLocalDate();
        EmailLinks links = contents.linksOf(subscription);
        List<DigestEntry> entries = items.stream().map(item -> new DigestEntry(item.event(), item.reason())).toList();
        RenderedEmail email = templates.digest(entries, subscription.cadence(), firstDay, lastDay, subscription.language(),
                subscription.ownerName(), links);
        return Delivery.digest(digestId, subscription, contents.addresseeOf(subscription), items.size(),
                new Delivery.Content(email.subject(), email.text(), email.html(), links.unsubscribe().toString(), null),
                items.get(0).createdAt(), clock.instant(), alertProperties.leaseTime());
    }
}
