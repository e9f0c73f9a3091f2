package fi.osaava.notification.alert.webhook;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.notification.subscription.WebhookTargets;

/** Subscriptions ask the guard before they take an endpoint. */
@Component
class GuardedWebhookTargets implements WebhookTargets {

    private final WebhookTargetGuard guard;

    GuardedWebhookTargets(WebhookTargetGuard guard) {
        this.guard = guard;
    }

    @Override
    public Optional<String> refusal(String url) {
        return guard.validate(url);
    }
}
