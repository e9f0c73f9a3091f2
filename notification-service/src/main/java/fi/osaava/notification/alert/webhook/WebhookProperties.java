package fi.osaava.notification.alert.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivateTargets the local-development switch: allows {@code http} and endpoints on loopback,
 *                            private and link-local addresses. Never on in production: it lets a subscriber
 *                            make this service call the internal network or the cloud metadata service.
 * @param connectTimeout      how long to wait for a receiver to accept the connection
 * @param readTimeout         how long to wait for a receiver's response after sending
 * @param secretGracePeriod   how long a rotated-out secret still signs next to the new one, so receivers
 *                            can switch over without missing a delivery
 */
@ConfigurationProperties("osaava.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("24h") Duration secretGracePeriod) {

    /** The defaults, for tests and callers outside Spring. */
    static WebhookProperties defaults() {
        return new WebhookProperties(false, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofHours(24));
    }

    WebhookProperties withPrivateTargetsAllowed() {
        return new WebhookProperties(true, connectTimeout, readTimeout, secretGracePeriod);
    }
}
