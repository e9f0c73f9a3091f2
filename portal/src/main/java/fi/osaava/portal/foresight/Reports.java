package fi.osaava.portal.foresight;

import java.util.List;

/** needs-service's foresight reports as it shows them; only what the desk uses (other fields are ignored). */
final class Reports {

    private Reports() {
    }

    record Demand(String level, List<DemandRow> rows, Totals totals) {
        Demand {
            rows = rows == null ? List.of() : rows;
            totals = totals == null ? new Totals(0, 0) : totals;
        }
    }

    record DemandRow(String competenceArea, String horizon, String region, int needs, int learners) {
    }

    record Totals(int needs, int learners) {
    }

    record Trend(List<String> quarters, List<Series> series, List<Point> totals) {
        Trend {
            quarters = quarters == null ? List.of() : quarters;
            series = series == null ? List.of() : series;
            totals = totals == null ? List.of() : totals;
        }
    }

    record Series(String competenceArea, List<Point> points) {
    }

    record Point(String quarter, int needsPublished, int learners) {
    }
}
