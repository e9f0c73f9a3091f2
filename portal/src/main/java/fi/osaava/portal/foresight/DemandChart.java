package fi.osaava.portal.foresight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demand report laid out for its chart and its table: one row per competence area and region, one cell per
 * horizon (learners, and the needs behind them), the rows with the most learners first. The chart draws exactly the
 * rows and cells the table lists: a stacked bar per row, a segment per horizon. Geometry is in the SVG's own units.
 */
public record DemandChart(List<Row> rows, int hiddenRows, double height, List<Tick> ticks) {

    static final List<String> HORIZONS = List.of("NOW", "WITHIN_A_YEAR", "ONE_TO_THREE_YEARS", "THREE_TO_FIVE_YEARS");
    /** Rows a page shows: the largest demand; the CSV has them all. */
    static final int MAX_ROWS = 25;
    static final double WIDTH = 600;
    static final double PLOT = 520;
    static final double ROW_HEIGHT = 40;
    static final double TOP = 4;

    /** The fill of each horizon: colours and patterns apart, so no horizon is told by colour alone. */
    static final Map<String, String> FILLS = Map.of("NOW", "#00527a", "WITHIN_A_YEAR", "url(#demand-hatch)",
            "ONE_TO_THREE_YEARS", "#9cc3df", "THREE_TO_FIVE_YEARS", "url(#demand-dots)");

    record Cell(String area, String horizon, String region, int needs, int learners, double x, double width) {

        public String fill() {
            return FILLS.get(horizon);
        }
    }

    record Row(String area, String region, List<Cell> cells, int needs, int learners, double y, double barWidth) {

        public double labelY() {
            return y + 14;
        }

        public double barY() {
            return y + 20;
        }

        public double valueX() {
            return barWidth + 6;
        }

        public double valueY() {
            return y + 32;
        }
    }

    record Tick(int value, double x) {
    }

    static DemandChart of(Reports.Demand demand) {
        Map<String, Map<String, Reports.DemandRow>> byRow = new LinkedHashMap<>();
        for (Reports.DemandRow row : demand.rows()) {
            byRow.computeIfAbsent(row.competenceArea() + "\u0000" + row.region(), key -> new LinkedHashMap<>())
                    .put(row.horizon(), row);
        }
        List<List<Reports.DemandRow>> rows = new ArrayList<>();
        byRow.values().forEach(cells -> rows.add(List.copyOf(cells.values())));
        rows.sort(Comparator.comparingInt(DemandChart::learners).reversed()
                .thenComparing(cells -> cells.get(0).competenceArea())
                .thenComparing(cells -> cells.get(0).region()));
        List<List<Reports.DemandRow>> shown = rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
        int most = shown.stream().mapToInt(DemandChart::learners).max().orElse(0);
        double scale = most == 0 ? 0 : PLOT / most;
        List<Row> laidOut = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            laidOut.add(row(shown.get(i), TOP + i * ROW_HEIGHT, scale));
        }
        double height = TOP + laidOut.size() * ROW_HEIGHT + 24;
        return new DemandChart(laidOut, rows.size() - shown.size(), height, ticks(most, scale));
    }

    private static Row row(List<Reports.DemandRow> given, double y, double scale) {
        Reports.DemandRow first = given.get(0);
        List<Cell> cells = new ArrayList<>();
        double x = 0;
        int needs = 0;
        for (String horizon : HORIZONS) {
            Reports.DemandRow cell = given.stream().filter(row -> row.horizon().equals(horizon)).findFirst().orElse(null);
            int learners = cell == null ? 0 : cell.learners();
            int cellNeeds = cell == null ? 0 : cell.needs();
            double width = learners * scale;
            cells.add(new Cell(first.competenceArea(), horizon, first.region(), cellNeeds, learners, x, width));
            x += width;
            needs += cellNeeds;
        }
        return new Row(first.competenceArea(), first.region(), cells, needs, learners(given), y, x);
    }

    /** A need is in one horizon, so a row's learners (and needs) add up over its horizons. */
    private static int learners(List<Reports.DemandRow> cells) {
        return cells.stream().mapToInt(Reports.DemandRow::learners).sum();
    }

    /** Up to five round values along the axis. */
    static List<Tick> ticks(int most, double scale) {
        if (most == 0) {
            return List.of();
        }
        int step = niceStep(most / 4.0);
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= most; value += step) {
            ticks.add(new Tick(value, value * scale));
        }
        return ticks;
    }

    static int niceStep(double rough) {
        if (rough <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * magnitude >= rough) {
                return (int) Math.round(factor * magnitude);
            }
        }
        return (int) Math.round(10 * magnitude);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Regions differ between rows: the labels name the region too. */
    public boolean manyRegions() {
        return rows.stream().map(Row::region).distinct().count() > 1;
    }
}
