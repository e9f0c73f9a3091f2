package fi.osaava.portal.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The annual clock drawn as a wheel (vuosikello), computed here so the page only writes it out as SVG: the twelve
 * months around a circle from January at the top, clockwise; each entry an arc over the days of its next occurrence,
 * in the outermost ring (lane) where it overlaps no other entry; today a line from the centre. Coordinates are in a
 * {@value #SIZE}-unit square; the page scales it.
 */
public record ClockWheel(List<Month> months, List<Arc> arcs, Today today) {

    static final int SIZE = 400;
    private static final double CENTRE = SIZE / 2.0;
    private static final double MONTHS_OUTER = 196;
    private static final double MONTHS_INNER = 166;
    private static final double LANES_OUTER = 160;
    private static final double LANES_INNER = 44;
    private static final double LANE_GAP = 4;
    private static final double WIDEST_LANE = 24;
    /** A one-day entry is drawn as wide as a few days, so it can be seen and pointed at. */
    private static final double SHORTEST_ARC = 0.025;

    /** A month's place: its label's centre and the line where it begins. */
    public record Month(int number, String labelX, String labelY, String lineX1, String lineY1, String lineX2,
                        String lineY2) {
    }

    /** An entry's arc: its outline as SVG path data, its number's place, its lane (0 outermost). */
    public record Arc(ClockEntry entry, String path, String numberX, String numberY, int lane) {
    }

    /** Today's line from the centre to the rim, and the dot on the rim. */
    public record Today(LocalDate date, String x1, String y1, String x2, String y2) {
    }

    public static ClockWheel of(List<ClockEntry> entries, LocalDate today) {
        List<Month> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(today.getYear(), month, 1);
            double start = fraction(first);
            double middle = start + first.lengthOfMonth() / 2.0 / today.lengthOfYear();
            double[] label = point((MONTHS_OUTER + MONTHS_INNER) / 2, middle);
            double[] inner = point(LANES_INNER, start);
            double[] outer = point(MONTHS_OUTER, start);
            months.add(new Month(month, number(label[0]), number(label[1]), number(inner[0]), number(inner[1]),
                    number(outer[0]), number(outer[1])));
        }
        List<double[]> spans = entries.stream().map(ClockWheel::span).toList();
        int[] lanes = lanes(spans);
        int laneCount = 0;
        for (int lane : lanes) {
            laneCount = Math.max(laneCount, lane + 1);
        }
        double width = laneCount == 0 ? WIDEST_LANE
                : Math.min(WIDEST_LANE, (LANES_OUTER - LANES_INNER - (laneCount - 1) * LANE_GAP) / laneCount);
        List<Arc> arcs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            double outer = LANES_OUTER - lanes[i] * (width + LANE_GAP);
            double inner = outer - width;
            double[] span = spans.get(i);
            double[] numberAt = point((outer + inner) / 2, (span[0] + span[1]) / 2);
            arcs.add(new Arc(entries.get(i), sector(outer, inner, span[0], span[1]), number(numberAt[0]),
                    number(numberAt[1]), lanes[i]));
        }
        double now = fraction(today) + 0.5 / today.lengthOfYear();
        double[] from = point(LANES_INNER - 14, now);
        double[] to = point(MONTHS_OUTER + 2, now);
        return new ClockWheel(months, arcs, new Today(today, number(from[0]), number(from[1]), number(to[0]),
                number(to[1])));
    }

    /** The wheel's size, for its {@code viewBox}. */
    public String viewBox() {
        return "0 0 " + SIZE + " " + SIZE;
    }

    public String centre() {
        return number(CENTRE);
    }

    public String monthsOuter() {
        return number(MONTHS_OUTER);
    }

    public String monthsInner() {
        return number(MONTHS_INNER);
    }

    public String lanesInner() {
        return number(LANES_INNER);
    }

    /** Where the next occurrence lies on the wheel, as fractions of a turn: its start, and its end (past 1 over New Year). */
    static double[] span(ClockEntry entry) {
        LocalDate start = entry.next().startsOn();
        LocalDate end = entry.next().endsOn();
        double from = fraction(start);
        double to = fraction(end) + 1.0 / end.lengthOfYear() + (end.getYear() - start.getYear());
        to = Math.max(to, from + SHORTEST_ARC);
        return new double[] {from, Math.min(to, from + 0.9999)};
    }

    /** Each span's lane: the first (outermost) one where it overlaps none already there, round the year's turn too. */
    static int[] lanes(List<double[]> spans) {
        List<List<double[]>> taken = new ArrayList<>();
        int[] lanes = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            double[] span = spans.get(i);
            int lane = 0;
            while (lane < taken.size() && taken.get(lane).stream().anyMatch(other -> overlap(span, other))) {
                lane++;
            }
            if (lane == taken.size()) {
                taken.add(new ArrayList<>());
            }
            taken.get(lane).add(span);
            lanes[i] = lane;
        }
        return lanes;
    }

    private static boolean overlap(double[] a, double[] b) {
        for (int turn = -1; turn <= 1; turn++) {
            if (a[0] < b[1] + turn && b[0] + turn < a[1]) {
                return true;
            }
        }
        return false;
    }

    /** The part of a turn the year has gone by at the start of the day. */
    private static double fraction(LocalDate date) {
        return (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    /** A ring's piece between two radii from one fraction of a turn to another, clockwise from the top. */
    private static String sector(double outer, double inner, double from, double to) {
        int large = to - from > 0.5 ? 1 : 0;
        double[] a = point(outer, from);
        double[] b = point(outer, to);
        double[] c = point(inner, to);
        double[] d = point(inner, from);
        return "M" + number(a[0]) + " " + number(a[1])
                + " A" + number(outer) + " " + number(outer) + " 0 " + large + " 1 " + number(b[0]) + " " + number(b[1])
                + " L" + number(c[0]) + " " + number(c[1])
                + " A" + number(inner) + " " + number(inner) + " 0 " + large + " 0 " + number(d[0]) + " " + number(d[1])
                + " Z";
    }

    private static double[] point(double radius, double fraction) {
        double angle = fraction * 2 * Math.PI;
        return new double[] {CENTRE + radius * Math.sin(angle), CENTRE - radius * Math.cos(angle)};
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
