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
 * "any" bucket, far fewer than all. Each candidate is then checked with the full rule, so the buckets
 * only have to never miss a subscription, not to be exact. Reverse alerts ignore the filters, so
 * subscriptions with concerned topics are also filed by owner, and found through the event's concerned
 * organisations.
 *
 * <p>The check is the rule of {@link MatchingRule} on a compiled form: each filter a bitset
 * over a {@link Vocabulary}, topics a bit mask, the owner a number. At 100 000 subscriptions an event has
 * thousands of candidates, and checking them on the records' sets of strings (a pointer chased, a hash
 * and an {@code equals} per value) cost more than a millisecond; on bitsets it is a few {@code AND}s.
 * {@code MatchingIndexDifferentialTest} holds the two forms of the rule to the same answers.
 *
 * <p>Thread-safety: one writer, many readers, without locks. Every bucket is a {@link ConcurrentHashMap}
 * from subscription id to subscription, so a reader iterating a bucket never fails and never blocks the
 * writer. An upsert first files the new version under all its buckets (replacing the old version in the
 * buckets they share), and only then takes the old version out of the rest; a concurrent reader may see
 * either version, or both, but never neither, and whatever it finds is checked with the full rule. A
 * lock would make each update atomic for readers, which matching does not need: an event that races
 * with an edit of a subscription may be matched against either version (and against a new version as if
 * without the values no subscription had named before; the probe of the event numbered its values
 * first). An owner is never alerted of its own act, even when its first subscription races with the
 * event (see {@code Compiled#isOrigin}). Calls that change the index
 * must come from one thread at a time ({@code upsert}, {@code remove} and {@code clear} are not atomic
 * with one another).
 */
public final class MatchingIndex implements SubscriptionMatcher {

    private final Map<String, Compiled> byId = new ConcurrentHashMap<>();
    /** Fixed keys, built once: safe to read from any thread. */
    private final Map<Topic, TopicIndex> byTopic = new EnumMap<>(Topic.class);
    /** Subscriptions with concerned topics, by owner: the candidates of reverse alerts. */
    private final Map<String, Map<String, Compiled>> concernedByOwner = new ConcurrentHashMap<>();
    private final Vocabulary owners = new Vocabulary();
    private final Vocabulary areas = new Vocabulary();
    private final Vocabulary regions = new Vocabulary();
    private final Vocabulary targetGroups = new Vocabulary();
    private final Vocabulary categories = new Vocabulary();

    public MatchingIndex() {
        for (Topic topic : Topic.values()) {
            byTopic.put(topic, new TopicIndex());
        }
    }

    @Override
    public void upsert(IndexedSubscription subscription) {
        Compiled compiled = compile(subscription);
        Compiled old = byId.put(subscription.id(), compiled);
        file(compiled);
        if (old != null) {
            unfile(old);
        }
    }

    @Override
    public void remove(String subscriptionId) {
        Compiled old = byId.remove(subscriptionId);
        if (old != null) {
            unfile(old);
        }
    }

    @Override
    public Set<String> match(AlertEvent event) {
        Set<String> matched = new HashSet<>();
        Probe probe = probe(event);
        TopicIndex index = byTopic.get(event.topic());
        for (Anchor anchor : Anchor.values()) {
            Map<String, Map<String, Compiled>> buckets = index.buckets.get(anchor);
            if (buckets.isEmpty()) {
                continue;
            }
            for (String value : anchor.valuesOf(event)) {
                verify(buckets.get(value), probe, matched);
            }
        }
        verify(index.any, probe, matched);
        for (String owner : event.concernedOrganisationIds()) {
            verify(concernedByOwner.get(owner), probe, matched);
        }
        return matched;
    }

    private static void verify(@Nullable Map<String, Compiled> bucket, Probe probe, Set<String> matched) {
        if (bucket == null) {
            return;
        }
        for (Compiled candidate : bucket.values()) {
            if (candidate.matches(probe)) {
                matched.add(candidate.id);
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

    private Compiled compile(IndexedSubscription subscription) {
        SubscriptionCriteria criteria = subscription.criteria();
        return new Compiled(subscription, owners.number(subscription.ownerId()), mask(criteria.topics()),
                mask(criteria.concernedTopics()), areas.filter(criteria.competenceAreas()),
                regions.filter(criteria.regions()), targetGroups.filter(criteria.targetGroups()),
                categories.filter(criteria.categories()));
    }

    private Probe probe(AlertEvent event) {
        String origin = event.originOrganisationId();
        int ownersKnown = owners.size();
        int[] concerned = new int[event.concernedOrganisationIds().size()];
        int i = 0;
        for (String owner : event.concernedOrganisationIds()) {
            concerned[i++] = owners.find(owner);
        }
        return new Probe(1 << event.topic().ordinal(), origin, origin == null ? -1 : owners.find(origin),
                ownersKnown, concerned,
                areas.values(event.competenceAreas()), regions.values(event.regions()),
                targetGroups.values(event.targetGroups()),
                categories.values(event.category() == null ? Set.of() : Set.of(event.category())));
    }

    private static int mask(Set<Topic> topics) {
        int mask = 0;
        for (Topic topic : topics) {
            mask |= 1 << topic.ordinal();
        }
        return mask;
    }

    private void file(Compiled compiled) {
        SubscriptionCriteria criteria = compiled.subscription.criteria();
        for (Topic topic : criteria.topics()) {
            for (Map<String, Compiled> bucket : byTopic.get(topic).bucketsOf(criteria, true)) {
                bucket.put(compiled.id, compiled);
            }
        }
        if (!criteria.concernedTopics().isEmpty()) {
            concernedByOwner.computeIfAbsent(compiled.subscription.ownerId(), owner -> new ConcurrentHashMap<>())
                    .put(compiled.id, compiled);
        }
    }

    /**
     * Takes this very version out of its buckets, by identity: a bucket that already holds the newer
     * version of the same id keeps it. Emptied buckets stay (there are only as many as values in use).
     */
    private void unfile(Compiled compiled) {
        SubscriptionCriteria criteria = compiled.subscription.criteria();
        for (Topic topic : criteria.topics()) {
            for (Map<String, Compiled> bucket : byTopic.get(topic).bucketsOf(criteria, false)) {
                removeExactly(bucket, compiled);
            }
        }
        if (!criteria.concernedTopics().isEmpty()) {
            Map<String, Compiled> bucket = concernedByOwner.get(compiled.subscription.ownerId());
            if (bucket != null) {
                removeExactly(bucket, compiled);
            }
        }
    }

    private static void removeExactly(Map<String, Compiled> bucket, Compiled compiled) {
        bucket.computeIfPresent(compiled.id, (id, filed) -> filed == compiled ? null : filed);
    }

    /**
     * A subscription in the form its check is quick in. The first word of each filter's bitset (its first
     * 64 values) is a field of its own, so most checks read this one object and the event's probe; the
     * whole bitsets are only read when a filter has values numbered past 64 and the first word missed.
     */
    private static final class Compiled {

        private static final int AREAS = 1;
        private static final int REGIONS = 2;
        private static final int TARGET_GROUPS = 4;
        private static final int CATEGORIES = 8;

        final IndexedSubscription subscription;
        final String id;
        final int owner;
        final int topics;
        final int concernedTopics;
        /** one bit per dimension whose filter is empty */
        final int empty;
        /** one bit per dimension whose filter has values past the first word */
        final int wide;
        final long areas0;
        final long regions0;
        final long targetGroups0;
        final long categories0;
        final long @Nullable [] areas;
        final long @Nullable [] regions;
        final long @Nullable [] targetGroups;
        final long @Nullable [] categories;

        Compiled(IndexedSubscription subscription, int owner, int topics, int concernedTopics,
                 long @Nullable [] areas, long @Nullable [] regions, long @Nullable [] targetGroups,
                 long @Nullable [] categories) {
            this.subscription = subscription;
            this.id = subscription.id();
            this.owner = owner;
            this.topics = topics;
            this.concernedTopics = concernedTopics;
            this.empty = flag(AREAS, areas == null) | flag(REGIONS, regions == null)
                    | flag(TARGET_GROUPS, targetGroups == null) | flag(CATEGORIES, categories == null);
            this.wide = flag(AREAS, isWide(areas)) | flag(REGIONS, isWide(regions))
                    | flag(TARGET_GROUPS, isWide(targetGroups)) | flag(CATEGORIES, isWide(categories));
            this.areas0 = first(areas);
            this.regions0 = first(regions);
            this.targetGroups0 = first(targetGroups);
            this.categories0 = first(categories);
            this.areas = areas;
            this.regions = regions;
            this.targetGroups = targetGroups;
            this.categories = categories;
        }

        /** The rule of {@link MatchingRule}, on numbers. */
        boolean matches(Probe event) {
            if (owner == event.origin || owner >= event.ownersKnown && isOrigin(event)) {
                return false;
            }
            if ((concernedTopics & event.topic) != 0 && event.concerns(owner)) {
                return true;
            }
            return (topics & event.topic) != 0
                    && passes(AREAS, areas0, areas, event.areas)
                    && passes(REGIONS, regions0, regions, event.regions)
                    && passes(TARGET_GROUPS, targetGroups0, targetGroups, event.targetGroups)
                    && passes(CATEGORIES, categories0, categories, event.categories);
        }

        /**
         * Whether this subscription's owner, numbered after the event's probe was made (so the probe could
         * not know its number), is the event's origin: rare, and never alerts an owner of its own act.
         */
        private boolean isOrigin(Probe event) {
            return subscription.ownerId().equals(event.originId);
        }

        private boolean passes(int dimension, long first, long @Nullable [] filter, long[] values) {
            if ((empty & dimension) != 0) {
                return true;
            }
            if (values.length > 0 && (first & values[0]) != 0) {
                return true;
            }
            return (wide & dimension) != 0 && Vocabulary.passes(filter, values);
        }

        private static int flag(int dimension, boolean set) {
            return set ? dimension : 0;
        }

        private static boolean isWide(long @Nullable [] filter) {
            return filter != null && filter.length > 1;
        }

        private static long first(long @Nullable [] filter) {
            return filter == null || filter.length == 0 ? 0 : filter[0];
        }
    }

    /**
     * An event in the same form. Its origin and concerned organisations are -1 when no subscription's owner
     * had that id when the probe was made ({@code ownersKnown} owners were numbered then), and its values
     * only the numbered ones: the others could be in no filter.
     */
    private record Probe(int topic, @Nullable String originId, int origin, int ownersKnown, int[] concerned,
                         long[] areas, long[] regions, long[] targetGroups, long[] categories) {

        boolean concerns(int owner) {
            for (int candidate : concerned) {
                if (candidate == owner) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The subscriptions of one topic, each under its anchor's values or in {@link #any}. */
    private static final class TopicIndex {

        final Map<Anchor, Map<String, Map<String, Compiled>>> buckets = new EnumMap<>(Anchor.class);
        final Map<String, Compiled> any = new ConcurrentHashMap<>();

        TopicIndex() {
            for (Anchor anchor : Anchor.values()) {
                buckets.put(anchor, new ConcurrentHashMap<>());
            }
        }

        /** The buckets for subscriptions with these criteria; when not {@code create}, those that exist. */
        List<Map<String, Compiled>> bucketsOf(SubscriptionCriteria criteria, boolean create) {
            Anchor anchor = Anchor.of(criteria);
            if (anchor == null) {
                return List.of(any);
            }
            Map<String, Map<String, Compiled>> byValue = buckets.get(anchor);
            List<Map<String, Compiled>> found = new ArrayList<>();
            for (String value : anchor.filterOf(criteria)) {
                Map<String, Compiled> bucket = create
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
}
