package fi.osaava.notification.matching;

import java.util.Set;

/**
 * Finds the subscriptions one event reaches. A subscription {@code s} matches an event {@code e} when
 * {@code s.ownerId != e.originOrganisationId} and either
 * <ul>
 *   <li>{@code e.topic} is in {@code s.topics} and every non-empty filter of {@code s} (areas, regions,
 *   target groups, categories) shares a value with the event; or</li>
 *   <li>{@code e.topic} is in {@code s.concernedTopics} and {@code s.ownerId} is in
 *   {@code e.concernedOrganisationIds}.</li>
 * </ul>
 * Implementations are safe for one writer and many readers at once.
 */
public interface SubscriptionMatcher {

    /** Adds the subscription, or replaces the one with its id. */
    void upsert(IndexedSubscription subscription);

    void remove(String subscriptionId);

    /** The ids of the subscriptions the event reaches. */
    Set<String> match(AlertEvent event);

    int size();

    /** Drops everything (before a rebuild). */
    void clear();
}
