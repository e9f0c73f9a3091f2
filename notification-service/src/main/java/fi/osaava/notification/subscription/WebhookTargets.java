package fi.osaava.notification.subscription;

import java.util.Optional;

/** Whether an endpoint may be a webhook target at all (the webhook channel's guard against SSRF). */
public interface WebhookTargets {

    /** Why this URL may not be called; empty when it may. */
    Optional<String> refusal(String url);
}
