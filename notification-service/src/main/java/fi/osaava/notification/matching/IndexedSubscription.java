package fi.osaava.notification.matching;

/**
 * A subscription as matching sees it.
 *
 * @param id      the subscription's id
 * @param ownerId the organisation (or passive member) it belongs to: never alerted about its own act, and
 *                the one a reverse alert must concern
 */
public record IndexedSubscription(String id, String ownerId, SubscriptionCriteria criteria) {
}
