package fi.osaava.notification.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender address of alert e-mails
 * @param maxAttempts   attempts before a delivery is DEAD
 * @param retryDelay    first back-off; doubles with every failed attempt, with jitter
 * @param maxRetryDelay the longest back-off
 * @param retryHorizon  how long after its creation a delivery is still tried; then DEAD
 * @param retryInterval how often the retrier looks for due deliveries
 * @param leaseTime     how long a delivery under way is hidden from other retriers, and how long a
 *                      PENDING one may wait for its first attempt before the retrier takes over
 * @param dispatchers   threads sending new deliveries (the consumer threads only record them)
 */
@ConfigurationProperties("osaava.alerts")
public record AlertProperties(
        @DefaultValue("Osaava <alerts@osaava.fi>") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("24h") Duration retryHorizon,
        @DefaultValue("5s") Duration retryInterval,
        @DefaultValue("30s") Duration leaseTime,
        @DefaultValue("4") int dispatchers) {

    Delivery.RetryPolicy retryPolicy() {
        return new Delivery.RetryPolicy(maxAttempts, retryDelay, maxRetryDelay, retryHorizon);
    }
}
