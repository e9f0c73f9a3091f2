package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionIndex;
import fi.osaava.notification.subscription.SubscriptionManagement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Sends a batch of one event's deliveries: reads them again by id (one round trip), so one that another
 * attempt already finished is not sent twice; renders each on its first attempt; sends each address not yet
 * sent to through the delivery's channel; writes the outcomes back with one bulk update, by id, and one
 * removal from the {@link DeliveryQueue}; and counts them in the {@link DeliveryTallies}. An address of a
 * contact person the organisation no longer has (erased since the delivery was recorded) is erased instead of
 * sent to. An endpoint that is gone disables its subscription, and the delivery is not tried again.
 *
 * <p>Only deliveries this instance holds the lease of are sent, and only while enough of the lease is left
 * for the send to finish before it ends ({@code send-margin}); otherwise they are left to the retrier,
 * which takes them with an atomic claim when the lease has run out.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Map<Channel, AlertChannel> channels = new EnumMap<>(Channel.class);
    private final MongoTemplate mongo;
    private final DeliveryQueue queue;
    private final AlertContents contents;
    private final AlertProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RecipientDirectory directory;
    private final SubscriptionManagement subscriptions;
    private final SubscriptionIndex index;
    private final DeliveryTallies tallies;
    private final Counter alreadyDone;
    private final Counter leaseTooShort;
    private final Map<String, Timer> latency = new java.util.concurrent.ConcurrentHashMap<>();

    DeliveryDispatcher(List<AlertChannel> channels, MongoTemplate mongo, DeliveryQueue queue, AlertContents contents,
                       AlertProperties properties, Clock clock, MeterRegistry meters, RecipientDirectory directory,
                       SubscriptionManagement subscriptions, SubscriptionIndex index, DeliveryTallies tallies) {
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.mongo = mongo;
        this.queue = queue;
        this.contents = contents;
        this.index = index;
        this.tallies = tallies;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.subscriptions = subscriptions;
        this.alreadyDone = Counter.builder("osaava.alerts.dispatch.skipped").tag("why", "already-done")
                .description("Deliveries found finished when a dispatcher came to send them").register(meters);
        this.leaseTooShort = Counter.builder("osaava.alerts.dispatch.skipped").tag("why", "lease-ending")
                .description("Deliveries left to the retrier because too little of the lease was left").register(meters);
    }

    /** Sends one batch taken from the {@link DispatchQueue}. */
    void dispatch(DispatchQueue.Batch batch) {
        if (clock.instant().plus(properties.sendMargin()).isAfter(batch.leaseUntil())) {
            // too late to be sure nobody else takes them meanwhile: the retrier claims them when the lease ends
            leaseTooShort.increment(batch.deliveryIds().size());
            return;
        }
        Map<String, Delivery> byId = mongo.find(Query.query(Criteria.where("_id").in(batch.deliveryIds())), Delivery.class)
                .stream().collect(Collectors.toMap(Delivery::id, Function.identity()));
        List<String> done = new ArrayList<>();
        List<Delivery> toSend = new ArrayList<>();
        for (String id : batch.deliveryIds()) {
            Delivery delivery = byId.get(id);
            if (delivery == null || !delivery.status().due()) {
                alreadyDone.increment();
                done.add(id); // sent by another attempt, given up, or no longer there: nothing more to do
            } else {
                toSend.add(delivery);
            }
        }
        queue.remove(done);
        if (!toSend.isEmpty()) {
            send(toSend, batch.event());
        }
    }

    /** One attempt at each (due, leased to this caller), the outcomes written back together. */
    private void send(List<Delivery> deliveries, @Nullable AlertEvent knownEvent) {
        var updates = mongo.bulkOps(BulkMode.UNORDERED, Delivery.class);
        List<String> finished = new ArrayList<>();
        Map<String, Instant> retries = new HashMap<>();
        Map<String, String> gone = new LinkedHashMap<>();
        Map<String, Optional<AlertEvent>> events = new HashMap<>();
        if (knownEvent != null) {
            events.put(knownEvent.eventId(), Optional.of(knownEvent));
        }
        Map<String, Optional<Recipient>> recipients = new HashMap<>();
        for (Delivery delivery : deliveries) {
            Attempt attempt = attempt(delivery, events, recipients);
            updates.updateOne(Query.query(Criteria.where("_id").is(delivery.id())), attempt.update());
            if (delivery.status().due()) {
                retries.put(delivery.id(), delivery.nextAttemptAt());
            } else {
                finished.add(delivery.id());
            }
            if (attempt.gone() != null && delivery.subscriptionId() != null) {
                gone.put(delivery.subscriptionId(), attempt.gone());
            }
        }
        updates.execute();
        queue.remove(finished);
        queue.retryAt(retries);
        gone.forEach((subscriptionId, why) -> {
            subscriptions.disable(subscriptionId, why);
            log.warn("Subscription {} disabled: {}", subscriptionId, why);
        });
        tallies.record(deliveries);
    }

    /** What one attempt changed, as an update by id; {@code gone} says why its endpoint will never take it. */
    private record Attempt(Update update, @Nullable String gone) {
    }

    private Attempt attempt(Delivery delivery, Map<String, Optional<AlertEvent>> events,
                            Map<String, Optional<Recipient>> recipients) {
        List<Addressee> before = delivery.addressees();
        Optional<Subscription> subscription = delivery.subscriptionId() == null ? Optional.empty()
                : index.activeSubscription(delivery.subscriptionId());
        if (delivery.subscriptionId() != null && subscription.isEmpty()) {
            // unsubscribed, disabled or deleted since it was recorded: the person asked for no more
            delivery.cancelled("the subscription no longer takes alerts", clock.instant());
            return new Attempt(DeliveryUpdates.of(delivery, before, false), null);
        }
        boolean renderedNow = false;
        RuntimeException failure = null;
        List<String> sentTo = new ArrayList<>();
        Channel channelName = delivery.channel() == null ? Channel.EMAIL : delivery.channel();
        try {
            renderedNow = !delivery.rendered() && delivery.render(contents.render(delivery.id(),
                    eventOf(delivery, events), subscription.orElseThrow(), delivery.reason()));
            AlertChannel channel = channels.get(channelName);
            // only a contact person's address needs the directory (is it still one of the organisation's?)
            Recipient recipient = delivery.dueAddressees().stream().anyMatch(a -> a.contactPersonId() != null)
                    ? recipients.computeIfAbsent(delivery.recipientId(), directory::find).orElse(null) : null;
            for (Addressee addressee : delivery.dueAddressees()) {
                if (noLongerAContact(recipient, addressee)) {
                    delivery.eraseUnsent(addressee);
                    continue;
                }
                try {
                    if (channel == null) {
                        throw new IllegalStateException("No " + channelName + " channel in this service");
                    }
                    channel.send(delivery, addressee);
                    sentTo.add(addressee.address());
                    meters.counter("osaava.alerts.sent", "channel", channelName.name()).increment();
                } catch (RuntimeException e) {
                    failure = e;
                    meters.counter("osaava.alerts.failed", "channel", channelName.name(), "reason",
                            e.getClass().getSimpleName()).increment();
                }
            }
        } catch (RuntimeException cannotRender) {
            failure = cannotRender;
        }
        outcome(delivery, sentTo, failure);
        return new Attempt(DeliveryUpdates.of(delivery, before, renderedNow),
                failure instanceof EndpointGoneException ? failure.getMessage() : null);
    }

    private AlertEvent eventOf(Delivery delivery, Map<String, Optional<AlertEvent>> events) {
        return events.computeIfAbsent(delivery.eventId(),
                        eventId -> Optional.ofNullable(mongo.findById(eventId, RecordedEvent.class)).map(RecordedEvent::event))
                .orElseThrow(() -> new IllegalStateException("event " + delivery.eventId() + " of delivery "
                        + delivery.id() + " is not recorded"));
    }

    /** Marks what went out (an address erased meanwhile no longer matches) and what comes next. */
    private void outcome(Delivery delivery, List<String> sentTo, @Nullable RuntimeException failure) {
        Instant now = clock.instant();
        delivery.dueAddressees().stream().filter(addressee -> sentTo.contains(addressee.address()))
                .forEach(addressee -> delivery.sentTo(addressee, now));
        if (failure == null) {
            delivery.completed(now);
            recordLatency(delivery, now);
        } else if (failure instanceof EndpointGoneException) {
            delivery.abandoned(failure.getMessage(), now);
        } else {
            delivery.failed(describe(failure), now, properties.retryPolicy(), ThreadLocalRandom.current().nextDouble());
            // no address in logs: the recipient id identifies it, the delivery log (coordinator only) has the rest
            log.warn("Delivery {} to {} failed (attempt {}, now {}): {}", delivery.id(), delivery.recipientId(),
                    delivery.attempts(), delivery.status(), failure.getClass().getSimpleName());
        }
        if (delivery.status() == DeliveryStatus.DEAD) {
            meters.counter("osaava.alerts.dead", "channel", String.valueOf(delivery.channel())).increment();
        }
    }

    private void recordLatency(Delivery delivery, Instant now) {
        if (delivery.occurredAt() != null && delivery.status() == DeliveryStatus.SENT && delivery.channel() != null) {
            String kind = delivery.digestSize() == null ? "immediate" : "digest";
            latency.computeIfAbsent(delivery.channel() + "/" + kind, key -> Timer.builder("osaava.alerts.latency")
                            .description("From the event to its alert going out").tag("channel", delivery.channel().name())
                            .tag("kind", kind)
                            .publishPercentileHistogram().register(meters))
                    .record(Duration.between(delivery.occurredAt(), now));
        }
    }

    private static String describe(RuntimeException failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static boolean noLongerAContact(@Nullable Recipient recipient, Addressee addressee) {
        return recipient != null && addressee.contactPersonId() != null
                && !recipient.hasContactPerson(addressee.contactPersonId());
    }
}
