package fi.osaava.notification.subscription;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fi.osaava.notification.matching.Topic;

/**
 * A hand-made subscription for tests: one e-mail subscription of {@code org-test} to new needs, immediately, in
 * Finnish, for any area and region, unless told otherwise.
 */
public final class SubscriptionBuilder {

    private String id = "sub-" + UUID.randomUUID();
    private String ownerId = "org-test";
    private String ownerName = "Testi Oy";
    private @Nullable String name = "test";
    private Set<Topic> topics = Set.of(Topic.NEED_PUBLISHED);
    private Set<String> competenceAreas = Set.of();
    private Set<String> regions = Set.of();
    private Set<String> targetGroups = Set.of();
    private Set<String> categories = Set.of();
    private Channel channel = Channel.EMAIL;
    private String address = "alerts@test.example.org";
    private Cadence cadence = Cadence.IMMEDIATE;
    private String language = "fi";
    private Instant createdAt = Instant.parse("2026-11-23T08:00:00Z");

    private SubscriptionBuilder() {
    }

    public static SubscriptionBuilder aSubscription() {
        return new SubscriptionBuilder();
    }

    public SubscriptionBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public SubscriptionBuilder ownedBy(String ownerId, String ownerName) {
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        return this;
    }

    public SubscriptionBuilder named(@Nullable String name) {
        this.name = name;
        return this;
    }

    public SubscriptionBuilder to(Topic... topics) {
        this.topics = Set.of(topics);
        return this;
    }

    public SubscriptionBuilder inAreas(String... areas) {
        this.competenceAreas = Set.of(areas);
        return this;
    }

    public SubscriptionBuilder inRegions(String... regions) {
        this.regions = Set.of(regions);
        return this;
    }

    public SubscriptionBuilder forTargetGroups(String... targetGroups) {
        this.targetGroups = Set.of(targetGroups);
        return this;
    }

    public SubscriptionBuilder inCategories(String... categories) {
        this.categories = Set.of(categories);
        return this;
    }

    /** An e-mail subscription to {@code address}. */
    public SubscriptionBuilder mailedTo(String address) {
        return by(Channel.EMAIL, address);
    }

    public SubscriptionBuilder by(Channel channel, String address) {
        this.channel = channel;
        this.address = address;
        return this;
    }

    public SubscriptionBuilder every(Cadence cadence) {
        this.cadence = cadence;
        return this;
    }

    public SubscriptionBuilder inLanguage(String language) {
        this.language = language;
        return this;
    }

    public SubscriptionBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public SubscriptionSpec spec() {
        return new SubscriptionSpec(name, topics, competenceAreas, regions, targetGroups, categories, channel, address,
                cadence, language);
    }

    public Subscription build() {
        return Subscription.explicit(id, ownerId, ownerName, spec(), createdAt);
    }
}
