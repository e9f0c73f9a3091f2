package fi.osaava.needs.foresight.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fi.osaava.needs.foresight.DemandReport;
import fi.osaava.needs.foresight.PriorityList;
import fi.osaava.needs.foresight.TrendReport;

/**
 * The reports as tables for the working group's spreadsheets: one row per report row, columns named
 * as in the JSON. The JSON totals are not rows here: a need with two areas is in two rows, so a
 * column's sum counts it twice and a totals row would invite exactly that sum.
 */
final class ForesightCsv {

    private ForesightCsv() {
    }

    static CsvTable demand(DemandReport.Demand demand) {
        return new CsvTable(List.of("competenceArea", "label", "horizon", "region", "regionName", "needs", "learners"),
                demand.rows().stream().<List<?>>map(row -> List.of(row.competenceArea(), row.label(), row.horizon(),
                        row.region(), row.regionName(), row.needs(), row.learners())).toList());
    }

    /** Long form, one row per area and quarter: what a pivot table or a chart wants. */
    static CsvTable trend(TrendReport.Trend trend) {
        List<List<?>> rows = new ArrayList<>();
        for (TrendReport.Series series : trend.series()) {
            for (TrendReport.Point point : series.points()) {
                rows.add(List.of(point.quarter(), series.competenceArea(), series.label(), point.needsPublished(),
                        point.learners()));
            }
        }
        return new CsvTable(List.of("quarter", "competenceArea", "label", "needsPublished", "learners"), rows);
    }

    static CsvTable priorities(List<PriorityList.Entry> entries) {
        return new CsvTable(List.of("rank", "needId", "title", "reportingOrganisationId", "region", "competenceAreas",
                "horizon", "priority", "priorityReason", "totalDemand", "endorsements", "status", "coveringOfferings",
                "uncoveredAreas"),
                entries.stream().<List<?>>map(entry -> Arrays.asList(entry.rank(), entry.needId(),
                        entry.title(), entry.reportingOrganisationId(), entry.region(),
                        String.join(", ", entry.competenceAreas()), entry.horizon(), entry.priority(),
                        entry.priorityReason(), entry.totalDemand(), entry.endorsements(), entry.status(),
                        entry.coveringOfferings(), String.join(", ", entry.uncoveredAreas()))).toList());
    }
}
