package fi.osaava.notification.subscription;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.notification.matching.Topic;

/** The settings of a hand-made subscription, validated by {@link SubscriptionManagement}. */
public record SubscriptionSpec(@Nullable String name, Set<Topic> topics, Set<String> competenceAreas,
                               Set<String> regions, Set<String> targetGroups, Set<String> categories, Channel channel,
                               String address, Cadence cadence, String language) {
}
