package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One attempt at one delivery: each address not yet sent to, one e-mail each, and the outcome written
 * back to the delivery log. An address of a contact person the organisation no longer has (erased since
 * the delivery was recorded) is erased instead of sent to.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final AlertChannel channel;
    private final Deliveries deliveries;
    private final AlertProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RecipientDirectory directory;

    DeliveryDispatcher(AlertChannel channel, Deliveries deliveries, AlertProperties properties, Clock clock,
                       MeterRegistry meters, RecipientDirectory directory) {
        this.channel = channel;
        this.directory = directory;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    void attempt(Delivery delivery) {
        Recipient recipient = directory.find(delivery.recipientId()).orElse(null);
        List<String> sentTo = new ArrayList<>();
        RuntimeException failure = null;
        for (Addressee addressee : delivery.dueAddressees()) {
            if (noLongerAContact(recipient, addressee)) {
                delivery.eraseUnsent(addressee);
                continue;
            }
            try {
                channel.send(delivery, addressee.address());
                sentTo.add(addressee.address());
                meters.counter("osaava.alerts.sent", "channel", "email").increment();
            } catch (RuntimeException e) {
                failure = e;
                meters.counter("osaava.alerts.failed", "channel", "email").increment();
            }
        }
        try {
            deliveries.save(outcome(delivery, sentTo, failure));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // an erasure rewrote the delivery while it was being sent: record the outcome on what it is now
            Delivery current = deliveries.findById(delivery.id()).orElseThrow(() -> changedMeanwhile);
            deliveries.save(outcome(current, sentTo, failure));
        }
    }

    /** Marks what went out (an address erased meanwhile no longer matches) and what comes next. */
    private Delivery outcome(Delivery delivery, List<String> sentTo, @Nullable RuntimeException failure) {
        Instant now = clock.instant();
        delivery.dueAddressees().stream().filter(addressee -> sentTo.contains(addressee.address()))
                .forEach(addressee -> delivery.sentTo(addressee, now));
        if (failure == null) {
            delivery.completed(now);
        } else {
            delivery.failed(failure.toString(), now, properties.maxAttempts(), properties.retryDelay());
            // no e-mail address in logs: the recipient id identifies it, the delivery log (coordinator only) has the rest
            log.warn("Delivery {} to organisation {} failed (attempt {}, now {}): {}", delivery.id(),
                    delivery.recipientId(), delivery.attempts(), delivery.status(), failure.getClass().getSimpleName());
        }
        return delivery;
    }

    private static boolean noLongerAContact(@Nullable Recipient recipient, Addressee addressee) {
        return recipient != null && addressee.contactPersonId() != null
                && !recipient.hasContactPerson(addressee.contactPersonId());
    }
}
