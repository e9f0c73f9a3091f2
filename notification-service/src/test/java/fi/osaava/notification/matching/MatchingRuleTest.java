package fi.osaava.notification.matching;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.matching.MatchingRule.Exclusion;
import fi.osaava.notification.matching.MatchingRule.Verdict;

class MatchingRuleTest {

    private static final SubscriptionCriteria PROVIDER = new SubscriptionCriteria(Set.of(Topic.NEED_PUBLISHED),
            Set.of("medication-safety", "documentation"), Set.of("11"), Set.of("STAFF"), Set.of(),
            Set.of(Topic.NEED_COVERED));

    @Test
    void aMatchThroughTheFiltersNamesTheAreasItMatchedOn() {
        Verdict verdict = MatchingRule.judge(subscription("savonia", PROVIDER),
                need(Topic.NEED_PUBLISHED, Set.of("medication-safety", "elderly-care"), "11", "STAFF", Set.of()));

        assertThat(verdict).isEqualTo(new Verdict(true, false, false, Set.of("medication-safety"), null));
    }

    @Test
    void theFirstConditionThatKeepsASubscriptionOutIsNamedInTheRulesOrder() {
        IndexedSubscription savonia = subscription("savonia", PROVIDER);

        assertThat(exclusion(savonia, anAlertEvent().withId("e").about(Topic.NEED_PUBLISHED, "n").inRegions("11")
                .inAreas("documentation").forTargetGroups("STAFF").by("savonia").build()))
                .isEqualTo(Exclusion.ORIGIN);
        assertThat(exclusion(savonia, need(Topic.OFFERING_PUBLISHED, Set.of("x"), "99", "OTHER", Set.of())))
                .isEqualTo(Exclusion.TOPIC);
        assertThat(exclusion(savonia, need(Topic.NEED_PUBLISHED, Set.of("x"), "99", "OTHER", Set.of())))
                .isEqualTo(Exclusion.COMPETENCE_AREA);
        assertThat(exclusion(savonia, need(Topic.NEED_PUBLISHED, Set.of("documentation"), "99", "OTHER", Set.of())))
                .isEqualTo(Exclusion.REGION);
        assertThat(exclusion(savonia, need(Topic.NEED_PUBLISHED, Set.of("documentation"), "11", "OTHER", Set.of())))
                .isEqualTo(Exclusion.TARGET_GROUP);
        SubscriptionCriteria courses = new SubscriptionCriteria(Set.of(Topic.OFFERING_PUBLISHED), Set.of(), Set.of(),
                Set.of(), Set.of("TRAINING"), Set.of());
        assertThat(exclusion(subscription("producer", courses),
                anAlertEvent().withId("e").about(Topic.OFFERING_PUBLISHED, "o").by("savonia").build()))
                .as("an event without a category passes no category filter").isEqualTo(Exclusion.CATEGORY);
    }

    @Test
    void aReverseAlertReachesTheOrganisationTheEventConcernsWhateverItsFilters() {
        // the need's endorser (the event's origin, pshva, is the one organisation never alerted)
        Verdict covered = MatchingRule.judge(subscription("kotihoito", PROVIDER),
                need(Topic.NEED_COVERED, Set.of("elderly-care"), "99", "OTHER", Set.of("kotihoito")));
        Verdict notConcerned = MatchingRule.judge(subscription("other", PROVIDER),
                need(Topic.NEED_COVERED, Set.of("elderly-care"), "99", "OTHER", Set.of("kotihoito")));

        assertThat(covered.matched()).isTrue();
        assertThat(covered.throughConcern()).isTrue();
        assertThat(covered.concernsOwner()).isTrue();
        assertThat(notConcerned.matched()).isFalse();
        assertThat(notConcerned.exclusion()).isEqualTo(Exclusion.TOPIC);
    }

    @Test
    void theVerdictAgreesWithTheMatchersOnEveryCombination() {
        Set<Set<String>> areaChoices = Set.of(Set.of(), Set.of("documentation"), Set.of("x"));
        for (Set<String> areas : areaChoices) {
            for (String region : Set.of("11", "99")) {
                for (Topic topic : Topic.values()) {
                    for (Set<String> concerned : Set.of(Set.<String>of(), Set.of("savonia"))) {
                        AlertEvent event = need(topic, areas, region, "STAFF", concerned);
                        IndexedSubscription savonia = subscription("savonia", PROVIDER);
                        Verdict verdict = MatchingRule.judge(savonia, event);
                        BruteForceMatcher oracle = new BruteForceMatcher();
                        oracle.upsert(savonia);
                        MatchingIndex index = new MatchingIndex();
                        index.upsert(savonia);
                        assertThat(verdict.matched()).as("%s %s %s %s", topic, areas, region, concerned)
                                .isEqualTo(!oracle.match(event).isEmpty())
                                .isEqualTo(!index.match(event).isEmpty())
                                .isEqualTo(verdict.exclusion() == null);
                    }
                }
            }
        }
    }

    private static Exclusion exclusion(IndexedSubscription subscription, AlertEvent event) {
        Verdict verdict = MatchingRule.judge(subscription, event);
        assertThat(verdict.matched()).isFalse();
        return verdict.exclusion();
    }

    private static IndexedSubscription subscription(String owner, SubscriptionCriteria criteria) {
        return new IndexedSubscription("s-" + owner, owner, criteria);
    }

    private static AlertEvent need(Topic topic, Set<String> areas, String region, String targetGroup,
                                   Set<String> concerned) {
        return anAlertEvent().about(topic, "need-1").inRegions(region).inAreas(areas).forTargetGroups(targetGroup)
                .by("pshva").concerning(concerned).titled("Otsikko").build();
    }
}
