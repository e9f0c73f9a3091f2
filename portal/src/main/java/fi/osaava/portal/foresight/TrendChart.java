package fi.osaava.portal.foresight;

import java.util.ArrayList;
import java.util.List;

/**
 * The trend laid out for its chart and its table: needs published per quarter (and their learners, in the table),
 * a bar per quarter in the order needs-service gives them. Geometry is in the SVG's own units.
 */
public record TrendChart(List<Bar> bars, List<Level> levels, int most) {

    static final double WIDTH = 600;
    static final double HEIGHT = 260;
    static final double LEFT = 40;
    static final double TOP = 24;
    static final double BOTTOM = 224;

    record Bar(String quarter, int needsPublished, int learners, double x, double y, double width, double height) {

        public double middle() {
            return x + width / 2;
        }
    }

    /** A value on the vertical axis at its height. */
    record Level(int value, double y) {
    }

    static TrendChart of(Reports.Trend trend) {
        List<Reports.Point> points = trend.totals();
        int most = points.stream().mapToInt(Reports.Point::needsPublished).max().orElse(0);
        double plot = BOTTOM - TOP;
        double scale = most == 0 ? 0 : plot / most;
        double slot = points.isEmpty() ? 0 : (WIDTH - LEFT - 8) / points.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Reports.Point point = points.get(i);
            double height = point.needsPublished() * scale;
            bars.add(new Bar(point.quarter(), point.needsPublished(), point.learners(), LEFT + i * slot + slot * 0.2,
                    BOTTOM - height, slot * 0.6, height));
        }
        List<Level> levels = new ArrayList<>();
        if (most > 0) {
            int step = DemandChart.niceStep(most / 4.0);
            for (int value = 0; value <= most; value += step) {
                levels.add(new Level(value, BOTTOM - value * scale));
            }
        }
        return new TrendChart(bars, levels, most);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
