package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageChangeTest {

    static final List<String> AREAS = List.of("medication-safety", "wound-care");
    static final Instant BEFORE = Instant.parse("2026-10-01T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void offeringsThatTogetherCoverEveryAreaMakeTheNeedCovered() {
        CoverageChange change = CoverageChange.of(AREAS, NeedStatus.ANSWERED, true, List.of(),
                List.of(offering("o1", "medication-safety"), offering("o2", "wound-care")));

        assertThat(change.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(change.becameCovered()).isTrue();
        assertThat(change.lostCoverage()).isFalse();
        assertThat(change.uncoveredAreas()).isEmpty();
        assertThat(change.coveredAt(null, NOW)).isEqualTo(NOW);
    }

    @Test
    void aCoveredNeedThatLosesAnAreaGoesBackToAnsweredIfAnsweredElsePublished() {
        List<CoveringOffering> before = List.of(offering("o1", "medication-safety", "wound-care"));
        List<CoveringOffering> after = List.of(offering("o1", "medication-safety"));

        CoverageChange answered = CoverageChange.of(AREAS, NeedStatus.COVERED, true, before, after);
        CoverageChange unanswered = CoverageChange.of(AREAS, NeedStatus.COVERED, false, before, after);

        assertThat(answered.status()).isEqualTo(NeedStatus.ANSWERED);
        assertThat(unanswered.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(answered.lostCoverage()).isTrue();
        assertThat(answered.uncoveredAreas()).containsExactly("wound-care");
        assertThat(answered.gained()).isEmpty();
        assertThat(answered.coveredAt(BEFORE, NOW)).isNull();
    }

    @Test
    void partialCoverageLeavesTheStatusAndTheCoverageTimeAsTheyWere() {
        CoverageChange change = CoverageChange.of(AREAS, NeedStatus.PUBLISHED, false, List.of(),
                List.of(offering("o1", "wound-care")));

        assertThat(change.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(change.becameCovered()).isFalse();
        assertThat(change.lostCoverage()).isFalse();
        assertThat(change.uncoveredAreas()).containsExactly("medication-safety");
        assertThat(change.coveredAt(null, NOW)).isNull();
    }

    @Test
    void aNeedThatStaysCoveredKeepsItsStatusAndCoverageTime() {
        CoveringOffering both = offering("o1", "medication-safety", "wound-care");

        CoverageChange change = CoverageChange.of(AREAS, NeedStatus.COVERED, true, List.of(both),
                List.of(both, offering("o2", "wound-care")));

        assertThat(change.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(change.becameCovered()).isFalse();
        assertThat(change.lostCoverage()).isFalse();
        assertThat(change.coveredAt(BEFORE, NOW)).isEqualTo(BEFORE);
    }

    @Test
    void anOfferingGainsWhenItIsNewToTheNeedOrCoversAnAreaMore() {
        CoveringOffering same = offering("same", "wound-care");
        CoveringOffering wider = offering("wider", "medication-safety", "wound-care");
        CoveringOffering narrower = offering("narrower", "wound-care");
        CoveringOffering added = offering("added", "wound-care");

        CoverageChange change = CoverageChange.of(AREAS, NeedStatus.PUBLISHED, false,
                List.of(same, offering("wider", "wound-care"), offering("narrower", "medication-safety", "wound-care")),
                List.of(same, wider, narrower, added));

        assertThat(change.gained()).containsExactly(wider, added);
    }

    @Test
    void theUncoveredAreasKeepTheNeedsOrder() {
        assertThat(CoverageChange.uncoveredAreas(List.of("c", "a", "b"), List.of(offering("o1", "a"))))
                .containsExactly("c", "b");
    }

    private static CoveringOffering offering(String offeringId, String... areas) {
        return new CoveringOffering(offeringId, "provider-" + offeringId, "Course " + offeringId, List.of(areas));
    }
}
