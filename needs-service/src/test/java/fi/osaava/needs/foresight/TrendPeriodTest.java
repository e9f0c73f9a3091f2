package fi.osaava.needs.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;

class TrendPeriodTest {

    static final Quarter NOW = new Quarter(2026, 2);

    @Test
    void quartersAreWrittenAndReadAs2026Q1AndCountAcrossYears() {
        assertThat(Quarter.parse("2026-Q1")).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 1).plus(-1)).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2025, 4).plus(5)).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2025, 4).countTo(new Quarter(2026, 1))).isEqualTo(2);
        assertThat(new Quarter(2027, 3)).hasToString("2027-Q3");
        for (String bad : new String[] {"2026-Q5", "2026-Q0", "2026Q1", "26-Q1", "2026-1", ""}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Quarter.parse(bad));
        }
    }

    @Test
    void aQuarterIsTheFinnishOne() {
        assertThat(Quarter.of(Instant.parse("2026-03-31T22:30:00Z"), TrendReport.FINNISH_TIME)).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.of(Instant.parse("2026-03-31T20:59:59Z"), TrendReport.FINNISH_TIME)).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(Instant.parse("2025-12-31T22:00:00Z"), TrendReport.FINNISH_TIME)).isEqualTo(new Quarter(2026, 1));
    }

    @Test
    void withoutBoundsItIsTheLastEightQuartersUpToNow() {
        assertThat(TrendPeriod.of(null, null, NOW)).isEqualTo(new TrendPeriod(new Quarter(2024, 3), NOW));
        assertThat(TrendPeriod.of(null, "2025-Q4", NOW)).isEqualTo(new TrendPeriod(new Quarter(2024, 1), new Quarter(2025, 4)));
        assertThat(TrendPeriod.of("2026-Q1", null, NOW)).isEqualTo(new TrendPeriod(new Quarter(2026, 1), NOW));
        assertThat(TrendPeriod.of("2026-Q1", "2027-Q4", NOW).quarters()).hasSize(8)
                .startsWith(new Quarter(2026, 1)).endsWith(new Quarter(2027, 4));
    }

    @Test
    void aBadPeriodNamesTheField() {
        assertThat(fieldOf(() -> TrendPeriod.of("2026-Q5", null, NOW))).isEqualTo("from");
        assertThat(fieldOf(() -> TrendPeriod.of(null, "soon", NOW))).isEqualTo("to");
        assertThat(fieldOf(() -> TrendPeriod.of("2027-Q1", "2026-Q4", NOW))).isEqualTo("from");
        // 2016-Q1 … 2026-Q1 is 41 quarters; 2016-Q2 … 2026-Q1 is the 40 allowed
        assertThat(fieldOf(() -> TrendPeriod.of("2016-Q1", "2026-Q1", NOW))).isEqualTo("to");
        assertThat(TrendPeriod.of("2016-Q2", "2026-Q1", NOW).quarters()).hasSize(40);
    }

    private static String fieldOf(Runnable call) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, call::run);
        assertThat(e).isNotNull();
        return e.errors().stream().map(FieldError::field).findFirst().orElseThrow();
    }
}
