package fi.osaava.notification.alert.webhook;

import org.jspecify.annotations.Nullable;

/** What one webhook attempt came to; what to do next is the delivery ledger's decision. */
public sealed interface WebhookOutcome {

    /** The receiver answered 2xx. */
    record Delivered(int status) implements WebhookOutcome {
    }

    /** The receiver answered 410 Gone: it asks us to stop, so the caller disables the endpoint. */
    record Gone() implements WebhookOutcome {
    }

    /**
     * The endpoint is not one we may call (the guard against server-side request forgery); nothing was
     * sent. Retrying will not help unless the host's DNS changes, so the caller may disable the endpoint.
     */
    record Refused(String reason) implements WebhookOutcome {
    }

    /**
     * Anything else: another status, a redirect (never followed), a timeout, a refused connection, or not
     * attempted because the host's circuit breaker is open or its rate limit is used up. Retried later.
     *
     * @param status the receiver's status, when it answered at all
     */
    record Failed(String reason, @Nullable Integer status) implements WebhookOutcome {
    }
}
