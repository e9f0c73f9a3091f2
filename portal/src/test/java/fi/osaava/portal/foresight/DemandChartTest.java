package fi.osaava.portal.foresight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemandChartTest {

    @Test
    void oneRowPerAreaAndRegionWithACellPerHorizonTheMostLearnersFirst() {
        DemandChart chart = DemandChart.of(new Reports.Demand("concept", List.of(
                new Reports.DemandRow("a", "NOW", "11", 1, 10),
                new Reports.DemandRow("b", "NOW", "11", 2, 12),
                new Reports.DemandRow("a", "THREE_TO_FIVE_YEARS", "11", 1, 5),
                new Reports.DemandRow("a", "NOW", "01", 1, 3)), null));

        assertThat(chart.rows()).extracting(row -> row.area() + "/" + row.region()).containsExactly("a/11", "b/11", "a/01");
        DemandChart.Row first = chart.rows().get(0);
        assertThat(first.learners()).isEqualTo(15);
        assertThat(first.needs()).isEqualTo(2);
        assertThat(first.cells()).extracting(DemandChart.Cell::horizon).containsExactlyElementsOf(DemandChart.HORIZONS);
        assertThat(first.cells()).extracting(DemandChart.Cell::learners).containsExactly(10, 0, 0, 5);
        assertThat(chart.manyRegions()).isTrue();
    }

    @Test
    void theLongestBarFillsThePlotAndTheSegmentsFollowEachOther() {
        DemandChart chart = DemandChart.of(new Reports.Demand("concept", List.of(
                new Reports.DemandRow("a", "NOW", "11", 1, 30),
                new Reports.DemandRow("a", "WITHIN_A_YEAR", "11", 1, 10),
                new Reports.DemandRow("b", "NOW", "11", 1, 20)), null));

        DemandChart.Row longest = chart.rows().get(0);
        assertThat(longest.barWidth()).isEqualTo(DemandChart.PLOT);
        assertThat(longest.cells().get(1).x()).isEqualTo(longest.cells().get(0).width());
        assertThat(chart.rows().get(1).barWidth()).isEqualTo(DemandChart.PLOT / 2);
        assertThat(chart.ticks()).extracting(DemandChart.Tick::value).containsExactly(0, 10, 20, 30, 40);
    }

    @Test
    void atMostTwentyFiveRowsAreDrawnAndTheRestCounted() {
        List<Reports.DemandRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new Reports.DemandRow("area-" + i, "NOW", "11", 1, 100 - i));
        }

        DemandChart chart = DemandChart.of(new Reports.Demand("concept", rows, null));

        assertThat(chart.rows()).hasSize(DemandChart.MAX_ROWS);
        assertThat(chart.hiddenRows()).isEqualTo(5);
        assertThat(chart.rows().get(0).area()).isEqualTo("area-0");
    }

    @Test
    void noDemandIsAnEmptyChart() {
        assertThat(DemandChart.of(new Reports.Demand("concept", null, null)).isEmpty()).isTrue();
    }
}
