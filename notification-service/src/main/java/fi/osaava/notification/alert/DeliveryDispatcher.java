package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.SubscriptionIndex;
import fi.osaava.notification.subscription.SubscriptionManagement;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One attempt at one delivery: each address not yet sent to, through the delivery's channel, and the
 * outcome written back to the delivery log. An address of a contact person the organisation no longer has
 * (erased since the delivery was recorded) is erased instead of sent to. An endpoint that is gone disables
 * its subscription, and the delivery is not tried again.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Map<Channel, AlertChannel> channels = new EnumMap<>(Channel.class);
    private final Deliveries deliveries;
    private final AlertProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RecipientDirectory directory;
    private final SubscriptionManagement subscriptions;
    private final SubscriptionIndex index;

    DeliveryDispatcher(List<AlertChannel> channels, Deliveries deliveries, AlertProperties properties, Clock clock,
                       MeterRegistry meters, RecipientDirectory directory, SubscriptionManagement subscriptions,
                       SubscriptionIndex index) {
        this.index = index;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.directory = directory;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.subscriptions = subscriptions;
    }

    void attempt(Delivery delivery) {
        if (delivery.subscriptionId() != null && index.activeSubscription(delivery.subscriptionId()).isEmpty()) {
            // unsubscribed, disabled or deleted since it was recorded: the person asked for no more
            delivery.cancelled("the subscription no longer takes alerts", clock.instant());
            deliveries.save(delivery);
            return;
        }
        Channel channelName = delivery.channel() == null ? Channel.EMAIL : delivery.channel();
        AlertChannel channel = channels.get(channelName);
        Recipient recipient = directory.find(delivery.recipientId()).orElse(null);
        List<String> sentTo = new ArrayList<>();
        RuntimeException failure = null;
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
        try {
            deliveries.save(outcome(delivery, sentTo, failure));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // an erasure rewrote the delivery while it was being sent: record the outcome on what it is now
            Delivery current = deliveries.findById(delivery.id()).orElseThrow(() -> changedMeanwhile);
            deliveries.save(outcome(current, sentTo, failure));
        }
        if (failure instanceof EndpointGoneException gone && delivery.subscriptionId() != null) {
            subscriptions.disable(delivery.subscriptionId(), gone.getMessage());
            log.warn("Subscription {} disabled: {}", delivery.subscriptionId(), gone.getMessage());
        }
    }

    /** Marks what went out (an address erased meanwhile no longer matches) and what comes next. */
    private Delivery outcome(Delivery delivery, List<String> sentTo, @Nullable RuntimeException failure) {
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
        return delivery;
    }

    private void recordLatency(Delivery delivery, Instant now) {
        if (delivery.occurredAt() != null && delivery.status() == DeliveryStatus.SENT) {
            Timer.builder("osaava.alerts.latency").description("From the event to its alert going out")
                    .tag("channel", String.valueOf(delivery.channel()))
                    .tag("kind", delivery.digestSize() == null ? "immediate" : "digest")
                    .publishPercentileHistogram().register(meters)
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
