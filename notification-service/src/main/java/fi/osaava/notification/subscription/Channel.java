package fi.osaava.notification.subscription;

/** Where a subscription's alerts go. */
public enum Channel {
    /** an e-mail to one address (immediately or in a digest) */
    EMAIL,
    /** a signed HTTP POST to the subscriber's endpoint (Standard Webhooks) */
    WEBHOOK,
    /** a record on the outbound alerts topic, keyed by the subscription, for systems that consume Kafka */
    KAFKA
}
