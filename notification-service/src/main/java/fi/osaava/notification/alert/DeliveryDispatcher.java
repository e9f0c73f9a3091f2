package fi.osaava.notification.alert;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** One attempt at one delivery, and its outcome written back to the delivery log. */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final AlertChannel channel;
    private final Deliveries deliveries;
    private final AlertProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    DeliveryDispatcher(AlertChannel channel, Deliveries deliveries, AlertProperties properties, Clock clock,
                       MeterRegistry meters) {
        this.channel = channel;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    void attempt(Delivery delivery) {
        try {
            channel.send(delivery);
            delivery.sent(clock.instant());
            meters.counter("osaava.alerts.sent", "channel", "email").increment();
        } catch (RuntimeException e) {
            delivery.failed(e.toString(), clock.instant(), properties.maxAttempts(), properties.retryDelay());
            meters.counter("osaava.alerts.failed", "channel", "email").increment();
            // no e-mail address in logs: the recipient id identifies it, the delivery log (coordinator only) has the rest
            log.warn("Delivery {} to organisation {} failed (attempt {}, now {}): {}", delivery.id(),
                    delivery.recipientId(), delivery.attempts(), delivery.status(), e.getClass().getSimpleName());
        }
        deliveries.save(delivery);
    }
}
