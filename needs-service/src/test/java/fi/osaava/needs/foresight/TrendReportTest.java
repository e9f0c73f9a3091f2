package fi.osaava.needs.foresight;

import static fi.osaava.needs.foresight.ForesightFixtures.VOCABULARY;
import static fi.osaava.needs.foresight.ForesightFixtures.closed;
import static fi.osaava.needs.foresight.ForesightFixtures.draft;
import static fi.osaava.needs.foresight.ForesightFixtures.endorsed;
import static fi.osaava.needs.foresight.ForesightFixtures.published;
import static fi.osaava.needs.foresight.ForesightFixtures.withdrawn;
import static fi.osaava.needs.need.Horizon.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.needs.foresight.TrendReport.Point;
import fi.osaava.needs.foresight.TrendReport.Series;
import fi.osaava.needs.foresight.TrendReport.Trend;
import fi.osaava.needs.need.CompetenceNeed;

class TrendReportTest {

    static final Quarter Q1 = new Quarter(2026, 1);
    static final Quarter Q2 = new Quarter(2026, 2);
    static final Quarter Q3 = new Quarter(2026, 3);
    static final TrendPeriod PERIOD = new TrendPeriod(Q1, Q3);

    final TrendReport report = new TrendReport(VOCABULARY);

    /**
     * Finnish time is UTC+2 in winter, UTC+3 in summer (from 29 March 2026).
     * t1 care-med, 10: 2026-03-31T22:30Z = 1 April 01:30 in Helsinki → Q2
     * t2 care-med-calc, 5: 2026-03-31T20:59Z = 31 March 23:59 → Q1
     * t3 care-med + lead-change, 20 + endorsement 4 = 24, 10 February → Q1, CLOSED since: history, counts
     * t4 lead, 50, May → Q2 but WITHDRAWN: never counts
     * t5 care, 8, region 06: 2025-12-31T22:30Z = 1 January 2026 00:30 → Q1
     * t6 care, 9: 2025-12-31T21:30Z = 31 December 23:30 → 2025-Q4, before the period
     * t7 care-med, 6: 2026-09-30T21:00Z = 1 October 00:00 → Q4, after the period
     * and a draft, never published
     */
    final List<CompetenceNeed> needs = List.of(
            published("11", List.of("care-med"), 10, NOW, Instant.parse("2026-03-31T22:30:00Z")),
            published("11", List.of("care-med-calc"), 5, NOW, Instant.parse("2026-03-31T20:59:00Z")),
            closed(endorsed(published("11", List.of("care-med", "lead-change"), 20, NOW,
                    Instant.parse("2026-02-10T10:00:00Z")), "org-b", 4)),
            withdrawn(published("11", List.of("lead"), 50, NOW, Instant.parse("2026-05-05T10:00:00Z"))),
            published("06", List.of("care"), 8, NOW, Instant.parse("2025-12-31T22:30:00Z")),
            published("11", List.of("care"), 9, NOW, Instant.parse("2025-12-31T21:30:00Z")),
            published("11", List.of("care-med"), 6, NOW, Instant.parse("2026-09-30T21:00:00Z")),
            draft("11", List.of("care"), 30, NOW));

    @Test
    void countsEveryNeedEverPublishedButWithdrawnInItsFinnishQuarterWithEveryQuarterShown() {
        Trend trend = report.of(needs, PERIOD, AreaLevel.CONCEPT, null, null);

        assertThat(trend.quarters()).containsExactly(Q1, Q2, Q3);
        // Q1: t2 5 + t3 24 + t5 8 = 37 from 3 needs; Q2: t1 10; Q3: nothing
        assertThat(trend.totals()).containsExactly(new Point(Q1, 3, 37), new Point(Q2, 1, 10), new Point(Q3, 0, 0));
        // by learners over the period: care-med 24 + 10 = 34, lead-change 24, care 8, care-med-calc 5
        assertThat(trend.series()).containsExactly(
                new Series("care-med", "Lääkehoito", List.of(new Point(Q1, 1, 24), new Point(Q2, 1, 10), new Point(Q3, 0, 0))),
                new Series("lead-change", "Muutosjohtaminen", List.of(new Point(Q1, 1, 24), new Point(Q2, 0, 0), new Point(Q3, 0, 0))),
                new Series("care", "Hoito", List.of(new Point(Q1, 1, 8), new Point(Q2, 0, 0), new Point(Q3, 0, 0))),
                new Series("care-med-calc", "Lääkelaskenta", List.of(new Point(Q1, 1, 5), new Point(Q2, 0, 0), new Point(Q3, 0, 0))));
    }

    @Test
    void rollsUpToTopConceptsCountingANeedOncePerTopConcept() {
        Trend trend = report.of(needs, PERIOD, AreaLevel.TOP, null, null);

        // care Q1: t2 5 + t3 24 + t5 8 = 37 (t3 once, though it is also in lead); Q2: t1 10 → 47 in all
        assertThat(trend.series()).containsExactly(
                new Series("care", "Hoito", List.of(new Point(Q1, 3, 37), new Point(Q2, 1, 10), new Point(Q3, 0, 0))),
                new Series("lead", "Johtaminen", List.of(new Point(Q1, 1, 24), new Point(Q2, 0, 0), new Point(Q3, 0, 0))));
        assertThat(trend.totals()).containsExactly(new Point(Q1, 3, 37), new Point(Q2, 1, 10), new Point(Q3, 0, 0));
    }

    @Test
    void anAreaFilterKeepsTheAreaAndItsNarrowerOnesAndARegionFilterTheRegion() {
        // care-med and care-med-calc: t1 (Q2 10), t2 (Q1 5), t3's care-med (Q1 24); t5 is only care
        Trend medication = report.of(needs, PERIOD, AreaLevel.CONCEPT, "care-med", null);
        assertThat(medication.series()).extracting(Series::competenceArea).containsExactly("care-med", "care-med-calc");
        assertThat(medication.totals()).containsExactly(new Point(Q1, 2, 29), new Point(Q2, 1, 10), new Point(Q3, 0, 0));

        // region 11 leaves t5 (06) out: Q1 5 + 24 = 29
        Trend pohjoisSavo = report.of(needs, PERIOD, AreaLevel.CONCEPT, null, "11");
        assertThat(pohjoisSavo.totals()).containsExactly(new Point(Q1, 2, 29), new Point(Q2, 1, 10), new Point(Q3, 0, 0));
        assertThat(pohjoisSavo.series()).extracting(Series::competenceArea).doesNotContain("care");
    }

    @Test
    void aPeriodWithoutNeedsStillHasEveryQuarter() {
        Trend trend = report.of(List.of(), new TrendPeriod(new Quarter(2025, 4), Q2), AreaLevel.CONCEPT, null, null);

        assertThat(trend.quarters()).containsExactly(new Quarter(2025, 4), Q1, Q2);
        assertThat(trend.totals()).extracting(Point::needsPublished).containsExactly(0, 0, 0);
        assertThat(trend.series()).isEmpty();
    }
}
