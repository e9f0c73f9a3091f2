package fi.osaava.notification.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule of {@link SubscriptionMatcher} ({@link MatchingRule}) over every subscription, as plainly as possible.
 * The oracle the index is tested against, and the baseline of the benchmark.
 */
public final class BruteForceMatcher implements SubscriptionMatcher {

    private final Map<String, IndexedSubscription> subscriptions = new ConcurrentHashMap<>();

    @Override
    public void upsert(IndexedSubscription subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    @Override
    public void remove(String subscriptionId) {
        subscriptions.remove(subscriptionId);
    }

    @Override
    public Set<String> match(AlertEvent event) {
        Set<String> matched = new HashSet<>();
        for (IndexedSubscription subscription : subscriptions.values()) {
            if (matches(subscription, event)) {
                matched.add(subscription.id());
            }
        }
        return matched;
    }

    /** {@link MatchingRule#matches}. */
    public static boolean matches(IndexedSubscription subscription, AlertEvent event) {
        return MatchingRule.matches(subscription, event);
    }

    @Override
    public int size() {
        return subscriptions.size();
    }

    @Override
    public void clear() {
        subscriptions.clear();
    }
}
