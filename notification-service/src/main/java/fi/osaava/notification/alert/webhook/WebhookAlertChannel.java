package fi.osaava.notification.alert.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fi.osaava.notification.alert.Addressee;
import fi.osaava.notification.alert.AlertChannel;
import fi.osaava.notification.alert.Delivery;
import fi.osaava.notification.alert.EndpointGoneException;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;
import fi.osaava.notification.subscription.SubscriptionIndex;

/**
 * Posts a delivery to its subscription's endpoint, signed per Standard Webhooks with the subscription's
 * current secrets. {@code webhook-id} is the delivery id and the body is the same on every retry, so a
 * receiver can drop repeats. 410 Gone, or an endpoint the guard no longer lets us call, disables the
 * subscription; any other failure is retried by the delivery log with back-off and jitter.
 */
@Component
class WebhookAlertChannel implements AlertChannel {

    private final WebhookSender sender;
    private final SubscriptionIndex subscriptions;
    private final Clock clock;

    WebhookAlertChannel(WebhookSender sender, SubscriptionIndex subscriptions, Clock clock) {
        this.sender = sender;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery, Addressee addressee) {
        Instant now = clock.instant();
        Subscription subscription = delivery.subscriptionId() == null ? null
                : subscriptions.activeSubscription(delivery.subscriptionId()).orElse(null);
        if (subscription == null) {
            throw new EndpointGoneException("the webhook subscription no longer takes alerts");
        }
        List<String> secrets = subscription.signingSecrets(now);
        WebhookOutcome outcome = sender.send(URI.create(subscription.address()), delivery.id(), now, body(delivery),
                secrets);
        if (outcome instanceof WebhookOutcome.Gone) {
            throw new EndpointGoneException("the endpoint answered 410 Gone; the subscription is disabled");
        }
        if (outcome instanceof WebhookOutcome.Refused refused) {
            throw new EndpointGoneException("the endpoint may not be called: " + refused.reason());
        }
        if (outcome instanceof WebhookOutcome.Failed failed) {
            throw new IllegalStateException(
                    failed.status() == null ? failed.reason() : "HTTP " + failed.status() + ": " + failed.reason());
        }
    }

    /** The Standard Webhooks shape: {@code {type, timestamp, data}}; the same bytes on every retry. */
    static byte[] body(Delivery delivery) {
        String type = "alert." + (delivery.topic() == null ? "digest"
                : delivery.topic().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String data = delivery.payload() == null ? "{}" : delivery.payload();
        String json = "{\"type\":\"" + type + "\",\"timestamp\":\"" + delivery.createdAt() + "\",\"data\":" + data + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
