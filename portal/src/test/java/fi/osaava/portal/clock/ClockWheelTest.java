package fi.osaava.portal.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where the wheel puts the entries: overlapping ones in rings of their own, round the turn of the year too. */
class ClockWheelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static ClockEntry entry(int number, LocalDate from, LocalDate to) {
        return new ClockEntry(number, "e" + number, Map.of("fi", "e" + number), "", "org",
                new Occurrence("e" + number, Map.of("fi", "e" + number), "", "org", from, to, null), false);
    }

    @Test
    void entriesThatOverlapGoToRingsOfTheirOwnAndTheOthersShareTheOutermost() {
        ClockWheel wheel = ClockWheel.of(List.of(
                entry(1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                entry(2, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 15)),
                entry(3, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 15)),
                entry(4, LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 12))), TODAY);

        assertThat(wheel.arcs()).extracting(ClockWheel.Arc::lane).containsExactly(0, 1, 0, 0);
    }

    @Test
    void aRangeOverNewYearOverlapsOneInJanuary() {
        double[] december = ClockWheel.span(entry(1, LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 15)));
        double[] january = ClockWheel.span(entry(2, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6)));

        assertThat(december[1]).isGreaterThan(1.0);
        assertThat(ClockWheel.lanes(List.of(december, january))).containsExactly(0, 1);
    }

    @Test
    void aWholeYearIsDrawnAsAlmostAFullRingAndADayIsStillVisible() {
        double[] year = ClockWheel.span(entry(1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        double[] day = ClockWheel.span(entry(2, LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 12)));

        assertThat(year[1] - year[0]).isLessThan(1.0).isGreaterThan(0.99);
        assertThat(day[1] - day[0]).isGreaterThan(1.0 / 365);
        assertThat(ClockWheel.of(List.of(entry(1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))), TODAY)
                .arcs().get(0).path()).contains(" A160.0 160.0 0 1 1 ");
    }

    @Test
    void todaysLineStartsInTheMonthOfToday() {
        ClockWheel wheel = ClockWheel.of(List.of(), TODAY);

        // December: just left of the top
        assertThat(Double.parseDouble(wheel.today().x2())).isLessThan(200);
        assertThat(Double.parseDouble(wheel.today().y2())).isLessThan(30);
    }
}
