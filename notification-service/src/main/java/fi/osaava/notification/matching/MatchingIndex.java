package fi.osaava.notification.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The rule of {@link SubscriptionMatcher} without looking at every subscription.
 *
 * <p>Per topic, each subscription is filed under one <em>anchor</em>: one of its non-empty filters (see
 * {@link Anchor#of}), under each value of that filter; a subscription whose filters are all empty goes to
 * the topic's "any" bucket. A subscription can only match an event of that topic if the event has one of
 * its anchor values, so the candidates of an event are the buckets of the event's own values plus the
 * "any" bucket, far fewer than all. Each candidate is then checked with the full rule
 * ({@link BruteForceMatcher#matches}), so the index only has to never miss a subscription, not to be
 * exact. Reverse alerts ignore the filters, so subscriptions with concerned topics are also filed by
 * owner, and found through the event's concerned organisations.
 *
 * <p>Thread-safety: one writer, many readers, without locks. Every bucket is a {@link ConcurrentHashMap}
 * from subscription id to subscription, so a reader iterating a bucket never fails and never blocks the
 * writer. An upsert first files the new version under all its buckets (replacing the old version in the
 * buckets they share), and only then takes the old version out of the rest; a concurrent reader may see
 * either version, or both, but never neither, and whatever it finds is checked with the full rule. A
 * lock would make each update atomic for readers, which matching does not need: an event that races
 * with an edit of a subscription may be matched against either version. Calls that change the index
 * must come from one thread at a time ({@code upsert}, {@code remove} and {@code clear} are not atomic
 * with one another).
 */
public final class MatchingIndex implements SubscriptionMatcher {

    private final Map<String, IndexedSubscription> byId = new ConcurrentHashMap<>();
    /** Fixed keys, built once: safe to read from any thread. */
    private final Map<Topic, TopicIndex> byTopic = new EnumMap<>(Topic.class);
    /** Subscriptions with concerned topics, by owner: the candidates of reverse alerts. */
    private final Map<String, Map<String, IndexedSubscription>> concernedByOwner = new ConcurrentHashMap<>();

    public MatchingIndex() {
        for (Topic topic : Topic.values()) {
            byTopic.put(topic, new TopicIndex());
        }
    }

    @Override
    public void upsert(IndexedSubscription subscription) {
        IndexedSubscription old = byId.put(subscription.id(), subscription);
        file(subscription);
        if (old != null && old != subscription) {
            unfile(old);
        }
    }

    @Override
    public void remove(String subscriptionId) {
        IndexedSubscription old = byId.remove(subscriptionId);
        if (old != null) {
            unfile(old);
        }
    }

    @Override
    public Set<String> match(AlertEvent event) {
        Set<String> matched = new HashSet<>();
        TopicIndex index = byTopic.get(event.topic());
        for (Anchor anchor : Anchor.values()) {
            Map<String, Map<String, IndexedSubscription>> buckets = index.buckets.get(anchor);
            if (buckets.isEmpty()) {
                continue;
            }
            for (String value : anchor.valuesOf(event)) {
                verify(buckets.get(value), event, matched);
            }
        }
        verify(index.any, event, matched);
        for (String owner : event.concernedOrganisationIds()) {
            verify(concernedByOwner.get(owner), event, matched);
        }
        return matched;
    }

    private static void verify(@Nullable Map<String, IndexedSubscription> bucket, AlertEvent event,
                               Set<String> matched) {
        if (bucket == null) {
            return;
        }
        for (IndexedSubscription candidate : bucket.values()) {
            if (!matched.contains(candidate.id()) && BruteForceMatcher.matches(candidate, event)) {
                matched.add(candidate.id());
            }
        }
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public void clear() {
        byId.clear();
        byTopic.values().forEach(TopicIndex::clear);
        concernedByOwner.clear();
    }

    private void file(IndexedSubscription subscription) {
        SubscriptionCriteria criteria = subscription.criteria();
        for (Topic topic : criteria.topics()) {
            for (Map<String, IndexedSubscription> bucket : byTopic.get(topic).bucketsOf(subscription, true)) {
                bucket.put(subscription.id(), subscription);
            }
        }
        if (!criteria.concernedTopics().isEmpty()) {
            concernedByOwner.computeIfAbsent(subscription.ownerId(), owner -> new ConcurrentHashMap<>())
                    .put(subscription.id(), subscription);
        }
    }

    /**
     * Takes this very version out of its buckets, by identity: a bucket that already holds the newer
     * version of the same id keeps it. Emptied buckets stay (there are only as many as values in use).
     */
    private void unfile(IndexedSubscription subscription) {
        SubscriptionCriteria criteria = subscription.criteria();
        for (Topic topic : criteria.topics()) {
            for (Map<String, IndexedSubscription> bucket : byTopic.get(topic).bucketsOf(subscription, false)) {
                removeExactly(bucket, subscription);
            }
        }
        if (!criteria.concernedTopics().isEmpty()) {
            Map<String, IndexedSubscription> bucket = concernedByOwner.get(subscription.ownerId());
            if (bucket != null) {
                removeExactly(bucket, subscription);
            }
        }
    }

    private static void removeExactly(Map<String, IndexedSubscription> bucket, IndexedSubscription subscription) {
        bucket.computeIfPresent(subscription.id(), (id, filed) -> filed == subscription ? null : filed);
    }

    /** The subscriptions of one topic, each under its anchor's values or in {@link #any}. */
    private static final class TopicIndex {

        final Map<Anchor, Map<String, Map<String, IndexedSubscription>>> buckets = new EnumMap<>(Anchor.class);
        final Map<String, IndexedSubscription> any = new ConcurrentHashMap<>();

        TopicIndex() {
            for (Anchor anchor : Anchor.values()) {
                buckets.put(anchor, new ConcurrentHashMap<>());
            }
        }

        /** The buckets the subscription belongs in; when not {@code create}, only those that exist. */
        List<Map<String, IndexedSubscription>> bucketsOf(IndexedSubscription subscription, boolean create) {
            Anchor anchor = Anchor.of(subscription.criteria());
            if (anchor == null) {
                return List.of(any);
            }
            Map<String, Map<String, IndexedSubscription>> byValue = buckets.get(anchor);
            List<Map<String, IndexedSubscription>> found = new ArrayList<>();
            for (String value : anchor.filterOf(subscription.criteria())) {
                Map<String, IndexedSubscription> bucket = create
                        ? byValue.computeIfAbsent(value, v -> new ConcurrentHashMap<>())
                        : byValue.get(value);
                if (bucket != null) {
                    found.add(bucket);
                }
            }
            return found;
        }

        void clear() {
            buckets.values().forEach(Map::clear);
            any.clear();
        }
    }

    /** The dimensions a subscription can be filed under. */
    enum Anchor {
        COMPETENCE_AREAS, REGIONS, TARGET_GROUPS, CATEGORIES;

        Set<String> filterOf(SubscriptionCriteria criteria) {
            return switch (this) {
                case COMPETENCE_AREAS -> criteria.competenceAreas();
                case REGIONS -> criteria.regions();
                case TARGET_GROUPS -> criteria.targetGroups();
                case CATEGORIES -> criteria.categories();
            };
        }

        Set<String> valuesOf(AlertEvent event) {
            return switch (this) {
                case COMPETENCE_AREAS -> event.competenceAreas();
                case REGIONS -> event.regions();
                case TARGET_GROUPS -> event.targetGroups();
                case CATEGORIES -> event.category() == null ? Set.of() : Set.of(event.category());
            };
        }

        /**
         * The non-empty filter that should let the fewest events through; {@code null} when all are empty.
         * The order is of the sizes of the vocabularies: areas are many, regions 19, target groups and
         * categories a handful.
         */
        static @Nullable Anchor of(SubscriptionCriteria criteria) {
            for (Anchor anchor : values()) {
                if (!anchor.filterOf(criteria).isEmpty()) {
                    return anchor;
                }
            }
            return null;
        }
    }
}
