package fi.osaava.notification.matching;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MatchingIndexTest {

    private final MatchingIndex index = new MatchingIndex();

    @Test
    void aSubscriptionMatchesWhenEveryNonEmptyFilterSharesAValueWithTheEvent() {
        index.upsert(subscription("s1", "org-a", criteria(Set.of(Topic.NEED_PUBLISHED), Set.of("nursing"),
                Set.of("02"), Set.of("STAFF"), Set.of())));

        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("nursing", "care"), Set.of("02"),
                Set.of("STAFF", "STUDENTS"), null, "org-x", Set.of()))).containsExactly("s1");
        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("care"), Set.of("02"),
                Set.of("STAFF"), null, "org-x", Set.of()))).as("no common area").isEmpty();
        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("nursing"), Set.of("06"),
                Set.of("STAFF"), null, "org-x", Set.of()))).as("no common region").isEmpty();
        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("nursing"), Set.of("02"),
                Set.of(), null, "org-x", Set.of()))).as("event without target groups").isEmpty();
        assertThat(index.match(event(Topic.OFFERING_PUBLISHED, Set.of("nursing"), Set.of("02"),
                Set.of("STAFF"), null, "org-x", Set.of()))).as("other topic").isEmpty();
    }

    @Test
    void anEmptyFilterLetsEverythingThrough() {
        index.upsert(subscription("everything", "org-a", criteria(Set.of(Topic.OFFERING_PUBLISHED), Set.of(),
                Set.of(), Set.of(), Set.of())));
        index.upsert(subscription("region-only", "org-b", criteria(Set.of(Topic.OFFERING_PUBLISHED), Set.of(),
                Set.of("02"), Set.of(), Set.of())));

        assertThat(index.match(event(Topic.OFFERING_PUBLISHED, Set.of(), Set.of("02"), Set.of(), "COURSE",
                "org-x", Set.of()))).containsExactlyInAnyOrder("everything", "region-only");
        assertThat(index.match(event(Topic.OFFERING_PUBLISHED, Set.of("nursing"), Set.of(), Set.of(), null,
                "org-x", Set.of()))).containsExactly("everything");
    }

    @Test
    void aCategoryFilterIsPassedOnlyByAnEventOfThatCategory() {
        index.upsert(subscription("webinars", "org-a", criteria(Set.of(Topic.OFFERING_PUBLISHED), Set.of(),
                Set.of(), Set.of(), Set.of("WEBINAR"))));

        assertThat(index.match(event(Topic.OFFERING_PUBLISHED, Set.of(), Set.of(), Set.of(), "WEBINAR",
                "org-x", Set.of()))).containsExactly("webinars");
        assertThat(index.match(event(Topic.OFFERING_PUBLISHED, Set.of(), Set.of(), Set.of(), "COURSE",
                "org-x", Set.of()))).isEmpty();
        assertThat(index.match(event(Topic.OFFERING_PUBLISHED, Set.of(), Set.of(), Set.of(), null,
                "org-x", Set.of()))).isEmpty();
    }

    @Test
    void filtersMatchWhateverTheNumberOfDistinctValuesInUse() {
        for (int i = 0; i < 200; i++) {
            index.upsert(subscription("s" + i, "org-" + i, criteria(Set.of(Topic.NEED_PUBLISHED),
                    Set.of("area-" + i, "area-" + (i + 100)), Set.of(), Set.of(), Set.of())));
        }

        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("area-150", "area-299", "unheard-of"),
                Set.of(), Set.of(), null, "org-x", Set.of()))).containsExactlyInAnyOrder("s50", "s150", "s199");
        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("unheard-of"), Set.of(), Set.of(), null,
                "org-x", Set.of()))).isEmpty();
    }

    @Test
    void theOwnerIsNeverAlertedOfItsOwnAct() {
        index.upsert(subscription("own", "org-a", criteria(Set.of(Topic.NEED_ANSWERED), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(Topic.NEED_ANSWERED))));
        index.upsert(subscription("other", "org-b", criteria(Set.of(Topic.NEED_ANSWERED), Set.of(), Set.of(),
                Set.of(), Set.of())));

        assertThat(index.match(event(Topic.NEED_ANSWERED, Set.of(), Set.of(), Set.of(), null, "org-a",
                Set.of("org-a")))).containsExactly("other");
    }

    @Test
    void aReverseAlertReachesTheConcernedOwnerWhateverItsFilters() {
        SubscriptionCriteria narrow = new SubscriptionCriteria(Set.of(Topic.NEED_PUBLISHED), Set.of("nursing"),
                Set.of("02"), Set.of(), Set.of(), Set.of(Topic.NEED_ANSWERED));
        index.upsert(subscription("reporter", "org-a", narrow));
        index.upsert(subscription("bystander", "org-b", narrow));

        assertThat(index.match(event(Topic.NEED_ANSWERED, Set.of("surgery"), Set.of("19"), Set.of(), null,
                "org-x", Set.of("org-a")))).containsExactly("reporter");
        assertThat(index.match(event(Topic.NEED_COVERED, Set.of("surgery"), Set.of("19"), Set.of(), null,
                "org-x", Set.of("org-a")))).as("not a concerned topic of the subscription").isEmpty();
    }

    @Test
    void anUpsertReplacesTheOlderVersionOfTheSameSubscription() {
        index.upsert(subscription("s1", "org-a", criteria(Set.of(Topic.NEED_PUBLISHED), Set.of("nursing"),
                Set.of(), Set.of(), Set.of())));
        index.upsert(subscription("s1", "org-a", criteria(Set.of(Topic.MEETING_SCHEDULED), Set.of(),
                Set.of("02"), Set.of(), Set.of())));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("nursing"), Set.of("02"), Set.of(), null,
                "org-x", Set.of()))).isEmpty();
        assertThat(index.match(event(Topic.MEETING_SCHEDULED, Set.of("nursing"), Set.of("02"), Set.of(), null,
                "org-x", Set.of()))).containsExactly("s1");
    }

    @Test
    void upsertingTheSameVersionAgainKeepsIt() {
        IndexedSubscription same = subscription("s1", "org-a", criteria(Set.of(Topic.NEED_PUBLISHED),
                Set.of("nursing"), Set.of(), Set.of(), Set.of()));
        index.upsert(same);
        index.upsert(same);
        index.upsert(subscription("s1", "org-a", same.criteria()));

        assertThat(index.match(event(Topic.NEED_PUBLISHED, Set.of("nursing"), Set.of(), Set.of(), null,
                "org-x", Set.of()))).containsExactly("s1");
    }

    @Test
    void aRemovedSubscriptionMatchesNothing() {
        index.upsert(subscription("s1", "org-a", new SubscriptionCriteria(Set.of(Topic.NEED_ANSWERED),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(Topic.NEED_ANSWERED))));
        index.upsert(subscription("s2", "org-b", criteria(Set.of(Topic.NEED_ANSWERED), Set.of(), Set.of(),
                Set.of(), Set.of())));

        index.remove("s1");
        index.remove("never-there");

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.match(event(Topic.NEED_ANSWERED, Set.of(), Set.of(), Set.of(), null, "org-x",
                Set.of("org-a")))).containsExactly("s2");
    }

    @Test
    void clearDropsEverything() {
        index.upsert(subscription("s1", "org-a", criteria(Set.of(Topic.NEED_ANSWERED), Set.of(), Set.of(),
                Set.of(), Set.of())));

        index.clear();

        assertThat(index.size()).isZero();
        assertThat(index.match(event(Topic.NEED_ANSWERED, Set.of(), Set.of(), Set.of(), null, "org-x",
                Set.of()))).isEmpty();
    }

    private static IndexedSubscription subscription(String id, String owner, SubscriptionCriteria criteria) {
        return new IndexedSubscription(id, owner, criteria);
    }

    private static SubscriptionCriteria criteria(Set<Topic> topics, Set<String> areas, Set<String> regions,
                                                 Set<String> targetGroups, Set<String> categories) {
        return new SubscriptionCriteria(topics, areas, regions, targetGroups, categories, Set.of());
    }

    private static SubscriptionCriteria criteria(Set<Topic> topics, Set<String> areas, Set<String> regions,
                                                 Set<String> targetGroups, Set<String> categories,
                                                 Set<Topic> concernedTopics) {
        return new SubscriptionCriteria(topics, areas, regions, targetGroups, categories, concernedTopics);
    }

    private static AlertEvent event(Topic topic, Set<String> areas, Set<String> regions, Set<String> targetGroups,
                                    @Nullable String category, @Nullable String origin, Set<String> concerned) {
        return anAlertEvent().about(topic, "subject").inRegions(regions).inAreas(areas).forTargetGroups(targetGroups)
                .inCategory(category).by(origin).concerning(concerned).titled("otsikko").build();
    }
}
