package fi.osaava.notification.matching;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule of {@link SubscriptionMatcher}, written as plainly as possible: every subscription is looked
 * at. The oracle the index is tested against, and the baseline of the benchmark.
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

    public static boolean matches(IndexedSubscription subscription, AlertEvent event) {
        if (Objects.equals(subscription.ownerId(), event.originOrganisationId())) {
            return false;
        }
        SubscriptionCriteria criteria = subscription.criteria();
        if (criteria.concernedTopics().contains(event.topic())
                && event.concernedOrganisationIds().contains(subscription.ownerId())) {
            return true;
        }
        Set<String> categories = event.category() == null ? Set.of() : Set.of(event.category());
        return criteria.topics().contains(event.topic())
                && passes(criteria.competenceAreas(), event.competenceAreas())
                && passes(criteria.regions(), event.regions())
                && passes(criteria.targetGroups(), event.targetGroups())
                && passes(criteria.categories(), categories);
    }

    private static boolean passes(Set<String> filter, Set<String> values) {
        return filter.isEmpty() || !Collections.disjoint(filter, values);
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
