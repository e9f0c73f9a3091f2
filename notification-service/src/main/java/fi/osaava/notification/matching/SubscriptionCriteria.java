package fi.osaava.notification.matching;

import java.util.Set;

/**
 * What one subscription wants. A non-empty filter needs at least one value in common with the event;
 * an empty one lets everything through.
 *
 * @param topics          topics matched through the filters
 * @param competenceAreas area codes, already expanded by whoever made the criteria (an explicit
 *                        subscription includes the narrower areas; a derived one the broader ones too)
 * @param regions         region codes
 * @param targetGroups    target group codes
 * @param categories      offering categories (an event without a category passes no non-empty filter)
 * @param concernedTopics topics matched only when the event concerns the owner (reverse alerts),
 *                        whatever the filters
 */
public record SubscriptionCriteria(
        Set<Topic> topics,
        Set<String> competenceAreas,
        Set<String> regions,
        Set<String> targetGroups,
        Set<String> categories,
        Set<Topic> concernedTopics) {

    public SubscriptionCriteria {
        topics = Set.copyOf(topics);
        competenceAreas = Set.copyOf(competenceAreas);
        regions = Set.copyOf(regions);
        targetGroups = Set.copyOf(targetGroups);
        categories = Set.copyOf(categories);
        concernedTopics = Set.copyOf(concernedTopics);
    }
}
