package fi.osaava.needs.foresight;

import static fi.osaava.needs.foresight.ForesightFixtures.VOCABULARY;
import static fi.osaava.needs.foresight.ForesightFixtures.closed;
import static fi.osaava.needs.foresight.ForesightFixtures.draft;
import static fi.osaava.needs.foresight.ForesightFixtures.endorsed;
import static fi.osaava.needs.foresight.ForesightFixtures.published;
import static fi.osaava.needs.foresight.ForesightFixtures.withdrawn;
import static fi.osaava.needs.need.Horizon.NOW;
import static fi.osaava.needs.need.Horizon.ONE_TO_THREE_YEARS;
import static fi.osaava.needs.need.Horizon.WITHIN_A_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.needs.foresight.DemandReport.Demand;
import fi.osaava.needs.foresight.DemandReport.DemandRow;
import fi.osaava.needs.need.CompetenceNeed;

class DemandReportTest {

    static final Instant GENERATED = Instant.parse("2026-06-15T10:00:00Z");

    final DemandReport report = new DemandReport(VOCABULARY);

    /**
     * n1 care-med-calc, NOW, 11: 10 + endorsement 5 = 15 learners
     * n2 care-med + lead-change, WITHIN_A_YEAR, 11: 20
     * n3 care-med-calc + care-med, NOW, 06: 7 (two areas under one top concept)
     * n7 care-med, NOW, 11: 3
     * not counted: a CLOSED need (100), a WITHDRAWN one (50), a DRAFT (30)
     */
    final List<CompetenceNeed> needs = List.of(
            endorsed(published("11", List.of("care-med-calc"), 10, NOW), "org-b", 5),
            published("11", List.of("care-med", "lead-change"), 20, WITHIN_A_YEAR),
            published("06", List.of("care-med-calc", "care-med"), 7, NOW),
            published("11", List.of("care-med"), 3, NOW),
            closed(published("11", List.of("care"), 100, NOW)),
            withdrawn(published("11", List.of("lead"), 50, NOW)),
            draft("11", List.of("care"), 30, NOW));

    @Test
    void countsEachOpenNeedOnceInEachOfItsAreasWithItsEndorsersLearners() {
        Demand demand = report.of(needs, AreaLevel.CONCEPT, null, null, GENERATED);

        // 20 = n2 in each of its two areas; 15 = n1's 10 + 5; n3 is in both of its areas; ties by area code
        assertThat(demand.rows()).containsExactly(
                new DemandRow("care-med", "Lääkehoito", WITHIN_A_YEAR, "11", "Pohjois-Savo", 1, 20),
                new DemandRow("lead-change", "Muutosjohtaminen", WITHIN_A_YEAR, "11", "Pohjois-Savo", 1, 20),
                new DemandRow("care-med-calc", "Lääkelaskenta", NOW, "11", "Pohjois-Savo", 1, 15),
                new DemandRow("care-med", "Lääkehoito", NOW, "06", "Pirkanmaa", 1, 7),
                new DemandRow("care-med-calc", "Lääkelaskenta", NOW, "06", "Pirkanmaa", 1, 7),
                new DemandRow("care-med", "Lääkehoito", NOW, "11", "Pohjois-Savo", 1, 3));
        // each open need once: 4 needs, 15 + 20 + 7 + 3 = 45
        assertThat(demand.totals()).isEqualTo(new Demand.Totals(4, 45));
        assertThat(demand.level()).isEqualTo(AreaLevel.CONCEPT);
        assertThat(demand.generatedAt()).isEqualTo(GENERATED);
    }

    @Test
    void rollsAreasUpToTheirTopConceptCountingANeedOncePerTopConcept() {
        Demand demand = report.of(needs, AreaLevel.TOP, null, null, GENERATED);

        // care NOW 11 = n1 (15) + n7 (3); n3's two areas are both care: one need, 7 learners, not 14
        assertThat(demand.rows()).containsExactly(
                new DemandRow("care", "Hoito", WITHIN_A_YEAR, "11", "Pohjois-Savo", 1, 20),
                new DemandRow("lead", "Johtaminen", WITHIN_A_YEAR, "11", "Pohjois-Savo", 1, 20),
                new DemandRow("care", "Hoito", NOW, "11", "Pohjois-Savo", 2, 18),
                new DemandRow("care", "Hoito", NOW, "06", "Pirkanmaa", 1, 7));
        assertThat(demand.totals()).isEqualTo(new Demand.Totals(4, 45));
    }

    @Test
    void filtersByRegionAndHorizonBeforeCountingTotals() {
        // region 06: n3 only, in both its areas; totals 1 need, 7 learners
        Demand pirkanmaa = report.of(needs, AreaLevel.CONCEPT, "06", null, GENERATED);
        assertThat(pirkanmaa.rows()).extracting(DemandRow::competenceArea).containsExactly("care-med", "care-med-calc");
        assertThat(pirkanmaa.totals()).isEqualTo(new Demand.Totals(1, 7));

        // WITHIN_A_YEAR: n2 only
        Demand withinAYear = report.of(needs, AreaLevel.CONCEPT, null, WITHIN_A_YEAR, GENERATED);
        assertThat(withinAYear.rows()).extracting(DemandRow::competenceArea).containsExactly("care-med", "lead-change");
        assertThat(withinAYear.totals()).isEqualTo(new Demand.Totals(1, 20));
    }

    @Test
    void sortsTiesByHorizonInItsOwnOrderThenByRegion() {
        List<CompetenceNeed> tied = List.of(
                published("11", List.of("care"), 5, ONE_TO_THREE_YEARS),
                published("11", List.of("care"), 5, WITHIN_A_YEAR),
                published("06", List.of("care"), 5, ONE_TO_THREE_YEARS));

        // WITHIN_A_YEAR before ONE_TO_THREE_YEARS (nearest first, not alphabetical), then 06 before 11
        assertThat(report.of(tied, AreaLevel.CONCEPT, null, null, GENERATED).rows())
                .extracting(DemandRow::horizon, DemandRow::region)
                .containsExactly(tuple(WITHIN_A_YEAR, "11"), tuple(ONE_TO_THREE_YEARS, "06"),
                        tuple(ONE_TO_THREE_YEARS, "11"));
    }

    @Test
    void anEmptyRegionHasNoRowsAndZeroTotals() {
        Demand demand = report.of(List.of(), AreaLevel.TOP, null, null, GENERATED);

        assertThat(demand.rows()).isEmpty();
        assertThat(demand.totals()).isEqualTo(new Demand.Totals(0, 0));
    }
}
