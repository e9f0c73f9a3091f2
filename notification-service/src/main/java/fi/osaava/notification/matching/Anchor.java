package fi.osaava.notification.matching;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The dimensions {@link MatchingIndex} can file a subscription under: one filter, or the pairs of an
 * area and a region when it has both (an event has to share both, which few do; at 100 000
 * subscriptions this halves the candidates of areas alone). Pairs are only used up to
 * {@link #MAX_PAIRS} per subscription, to keep the index small.
 */
enum Anchor {
    AREA_IN_REGION, COMPETENCE_AREAS, REGIONS, TARGET_GROUPS, CATEGORIES;

    static final int MAX_PAIRS = 24;

    Set<String> filterOf(SubscriptionCriteria criteria) {
        return switch (this) {
            case AREA_IN_REGION -> pairs(criteria.competenceAreas(), criteria.regions());
            case COMPETENCE_AREAS -> criteria.competenceAreas();
            case REGIONS -> criteria.regions();
            case TARGET_GROUPS -> criteria.targetGroups();
            case CATEGORIES -> criteria.categories();
        };
    }

    Set<String> valuesOf(AlertEvent event) {
        return switch (this) {
            case AREA_IN_REGION -> pairs(event.competenceAreas(), event.regions());
            case COMPETENCE_AREAS -> event.competenceAreas();
            case REGIONS -> event.regions();
            case TARGET_GROUPS -> event.targetGroups();
            case CATEGORIES -> event.category() == null ? Set.of() : Set.of(event.category());
        };
    }

    /**
     * Area-and-region pairs if there are both and not too many; else the non-empty filter that should
     * let the fewest events through, in the order of the sizes of the vocabularies (areas are many,
     * regions 19, target groups and categories a handful); {@code null} when all are empty.
     */
    static @Nullable Anchor of(SubscriptionCriteria criteria) {
        int pairs = criteria.competenceAreas().size() * criteria.regions().size();
        if (pairs > 0 && pairs <= MAX_PAIRS) {
            return AREA_IN_REGION;
        }
        for (Anchor anchor : values()) {
            if (anchor != AREA_IN_REGION && !anchor.filterOf(criteria).isEmpty()) {
                return anchor;
            }
        }
        return null;
    }

    /** Keys of area-and-region pairs; the separator is in no code, and a clash would only add candidates. */
    private static Set<String> pairs(Set<String> areas, Set<String> regions) {
        if (areas.isEmpty() || regions.isEmpty()) {
            return Set.of();
        }
        Set<String> pairs = new HashSet<>();
        for (String area : areas) {
            for (String region : regions) {
                pairs.add(area + '\u0000' + region);
            }
        }
        return pairs;
    }
}
