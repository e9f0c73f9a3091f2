package fi.osaava.notification.matching;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rule of {@link SubscriptionMatcher}, once: whether a subscription hears of an event, and if so how (through its
 * filters, or because the event concerns its owner) and with which of its areas; if not, the first condition that
 * kept it out. {@link BruteForceMatcher} is this rule over every subscription, {@link MatchingIndex} the same rule on
 * a compiled form (checked against it by {@code MatchingIndexDifferentialTest}), and the "why you got this" text of
 * an alert reads its {@link Verdict}.
 */
public final class MatchingRule {

    /** The first condition of the rule that kept a subscription out, in the order the rule checks them. */
    public enum Exclusion {
        /** the event is the owner's own act */
        ORIGIN,
        /** the subscription does not take the event's topic */
        TOPIC,
        COMPETENCE_AREA,
        REGION,
        TARGET_GROUP,
        CATEGORY
    }

    /**
     * @param matched        whether the subscription hears of the event
     * @param concernsOwner  the event concerns the subscription's owner (it reported or endorsed what it is about)
     * @param throughConcern matched as a reverse alert ({@link SubscriptionCriteria#concernedTopics()}), whatever
     *                       the filters
     * @param matchedAreas   the event's areas the subscription's area filter names (none when it has no area filter)
     * @param exclusion      why not, when not matched
     */
    public record Verdict(boolean matched, boolean concernsOwner, boolean throughConcern, Set<String> matchedAreas,
                          @Nullable Exclusion exclusion) {

        public Verdict {
            matchedAreas = Set.copyOf(matchedAreas);
        }
    }

    private MatchingRule() {
    }

    public static boolean matches(IndexedSubscription subscription, AlertEvent event) {
        return judge(subscription, event).matched();
    }

    public static Verdict judge(IndexedSubscription subscription, AlertEvent event) {
        SubscriptionCriteria criteria = subscription.criteria();
        boolean concerns = event.concernedOrganisationIds().contains(subscription.ownerId());
        Set<String> areas = matchedAreas(criteria.competenceAreas(), event.competenceAreas());
        if (Objects.equals(subscription.ownerId(), event.originOrganisationId())) {
            return notMatched(concerns, areas, Exclusion.ORIGIN);
        }
        if (concerns && criteria.concernedTopics().contains(event.topic())) {
            return new Verdict(true, true, true, areas, null);
        }
        Exclusion exclusion = !criteria.topics().contains(event.topic()) ? Exclusion.TOPIC
                : !passes(criteria.competenceAreas(), event.competenceAreas()) ? Exclusion.COMPETENCE_AREA
                : !passes(criteria.regions(), event.regions()) ? Exclusion.REGION
                : !passes(criteria.targetGroups(), event.targetGroups()) ? Exclusion.TARGET_GROUP
                : !passes(criteria.categories(), event.category() == null ? Set.of() : Set.of(event.category()))
                        ? Exclusion.CATEGORY : null;
        return exclusion == null ? new Verdict(true, concerns, false, areas, null) : notMatched(concerns, areas, exclusion);
    }

    private static Verdict notMatched(boolean concerns, Set<String> areas, Exclusion exclusion) {
        return new Verdict(false, concerns, false, areas, exclusion);
    }

    /** An empty filter lets everything through; a non-empty one needs a value in common. */
    private static boolean passes(Set<String> filter, Set<String> values) {
        return filter.isEmpty() || !Collections.disjoint(filter, values);
    }

    private static Set<String> matchedAreas(Set<String> wanted, Set<String> eventAreas) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Set<String> matched = new LinkedHashSet<>(eventAreas);
        matched.retainAll(wanted);
        return matched;
    }
}
