package fi.osaava.notification.matching;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AnchorTest {

    @Test
    void aSubscriptionWithAreasAndRegionsIsFiledUnderTheirPairsWhileThereAreFewEnough() {
        SubscriptionCriteria criteria = criteria(Set.of("nursing", "care"), Set.of("02", "06"), Set.of("STAFF"),
                Set.of());

        assertThat(Anchor.of(criteria)).isEqualTo(Anchor.AREA_IN_REGION);
        assertThat(Anchor.AREA_IN_REGION.filterOf(criteria)).hasSize(4);
    }

    @Test
    void tooManyPairsFallBackToTheAreas() {
        Set<String> areas = IntStream.range(0, Anchor.MAX_PAIRS + 1).mapToObj(i -> "area-" + i)
                .collect(Collectors.toSet());

        assertThat(Anchor.of(criteria(areas, Set.of("02"), Set.of(), Set.of()))).isEqualTo(Anchor.COMPETENCE_AREAS);
        assertThat(Anchor.of(criteria(Set.of("nursing"), Set.of(), Set.of("STAFF"), Set.of())))
                .isEqualTo(Anchor.COMPETENCE_AREAS);
    }

    @Test
    void withoutAreasTheFirstNonEmptyFilterInTheOrderOfTheVocabularySizesIsTheAnchor() {
        assertThat(Anchor.of(criteria(Set.of(), Set.of("02"), Set.of("STAFF"), Set.of("COURSE"))))
                .isEqualTo(Anchor.REGIONS);
        assertThat(Anchor.of(criteria(Set.of(), Set.of(), Set.of("STAFF"), Set.of("COURSE"))))
                .isEqualTo(Anchor.TARGET_GROUPS);
        assertThat(Anchor.of(criteria(Set.of(), Set.of(), Set.of(), Set.of("COURSE")))).isEqualTo(Anchor.CATEGORIES);
    }

    @Test
    void aSubscriptionWithOnlyEmptyFiltersHasNoAnchor() {
        assertThat(Anchor.of(criteria(Set.of(), Set.of(), Set.of(), Set.of()))).isNull();
    }

    @Test
    void anEventHasTheSamePairKeysAsASubscriptionWithTheSameAreaAndRegion() {
        AlertEvent event = event(Set.of("nursing", "care"), Set.of("02"), "COURSE");

        assertThat(Anchor.AREA_IN_REGION.valuesOf(event))
                .isEqualTo(Anchor.AREA_IN_REGION.filterOf(criteria(Set.of("care", "nursing"), Set.of("02"),
                        Set.of(), Set.of())))
                .hasSize(2);
        assertThat(Anchor.AREA_IN_REGION.valuesOf(event(Set.of("nursing"), Set.of(), null))).isEmpty();
        assertThat(Anchor.CATEGORIES.valuesOf(event)).containsExactly("COURSE");
        assertThat(Anchor.CATEGORIES.valuesOf(event(Set.of(), Set.of(), null))).isEmpty();
    }

    private static SubscriptionCriteria criteria(Set<String> areas, Set<String> regions, Set<String> targetGroups,
                                                 Set<String> categories) {
        return new SubscriptionCriteria(Set.of(Topic.NEED_PUBLISHED), areas, regions, targetGroups, categories,
                Set.of());
    }

    private static AlertEvent event(Set<String> areas, Set<String> regions, @Nullable String category) {
        return anAlertEvent().inRegions(regions).inAreas(areas).inCategory(category).by("org-x").titled("Otsikko")
                .build();
    }
}
