package fi.osaava.notification.subscription;

/**
 * How a subscription change made by this instance reaches the other instances of the service at once, so their
 * matching index applies it within a second rather than at their next catch-up. A signal may be lost (the broker is
 * away): the catch-up, which reads what the change counts show someone else wrote, is the net under it.
 */
public interface SubscriptionSignals {

    /** Sends nothing: one instance alone, or a test. */
    SubscriptionSignals NONE = (subscriptionId, change) -> { };

    /** The subscription was written, as the {@code change}-th counted subscription write of all instances. */
    void changed(String subscriptionId, long change);
}
