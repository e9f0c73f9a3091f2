package fi.osaava.membership.governance.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.membership.governance.Helsinki;

class RecurrenceTest {

    @Test
    void aMonthWithoutADayLastsTheWholeMonthAndFebruaryKnowsLeapYears() {
        assertThat(Recurrence.onMonth(10).in(2027)).isEqualTo(occurrence("2027-10-01", "2027-10-31"));
        assertThat(Recurrence.onMonth(2).in(2027)).isEqualTo(occurrence("2027-02-01", "2027-02-28"));
        assertThat(Recurrence.onMonth(2).in(2028)).isEqualTo(occurrence("2028-02-01", "2028-02-29"));
    }

    @Test
    void aDayIsOneDayAndTheLeapDayFallsOnTheLastOfFebruaryInOtherYears() {
        assertThat(Recurrence.onDay(3, 15).in(2027)).isEqualTo(occurrence("2027-03-15", "2027-03-15"));
        assertThat(Recurrence.onDay(2, 29).in(2028)).isEqualTo(occurrence("2028-02-29", "2028-02-29"));
        assertThat(Recurrence.onDay(2, 29).in(2027)).isEqualTo(occurrence("2027-02-28", "2027-02-28"));
    }

    @Test
    void aRangeFrom31JanuaryEndsOnFebruarysLastDayOfEachYear() {
        Recurrence survey = Recurrence.range(1, 31, 2, 29);

        assertThat(survey.in(2027)).isEqualTo(occurrence("2027-01-31", "2027-02-28"));
        assertThat(survey.in(2028)).isEqualTo(occurrence("2028-01-31", "2028-02-29"));
        assertThat(Recurrence.range(1, 31, 3, null).in(2027)).isEqualTo(occurrence("2027-01-31", "2027-03-31"));
        assertThat(Recurrence.range(1, null, 1, 31).in(2027)).isEqualTo(occurrence("2027-01-01", "2027-01-31"));
    }

    @Test
    void aRangeEndingBeforeItStartsInTheCalendarRunsIntoTheNextYear() {
        assertThat(Recurrence.range(12, 15, 1, 31).in(2027)).isEqualTo(occurrence("2027-12-15", "2028-01-31"));
        assertThat(Recurrence.range(11, null, 2, null).in(2027)).isEqualTo(occurrence("2027-11-01", "2028-02-29"));
    }

    @Test
    void aDayTheMonthNeverHasIsAFieldError() {
        assertThatThrownBy(() -> Recurrence.onDay(4, 31)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("recurrence.day"));
        assertThatThrownBy(() -> new Recurrence(13, null, null, null)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("recurrence.month"));
        assertThatThrownBy(() -> new Recurrence(1, 15, null, 20)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("recurrence.untilMonth"));
    }

    @Test
    void anOccurrenceIsDueFromItsReminderDayUntilItEnds() {
        Occurrence survey = Recurrence.range(1, 15, 2, 15).in(2027);

        assertThat(survey.remindOn(14)).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(survey.isDue(LocalDate.parse("2026-12-31"), 14)).isFalse();
        assertThat(survey.isDue(LocalDate.parse("2027-01-01"), 14)).isTrue();
        assertThat(survey.isDue(LocalDate.parse("2027-02-15"), 14)).isTrue();
        assertThat(survey.isDue(LocalDate.parse("2027-02-16"), 14)).isFalse();
        assertThat(survey.isDue(LocalDate.parse("2027-01-14"), 0)).isFalse();
        assertThat(survey.isDue(LocalDate.parse("2027-01-15"), 0)).isTrue();
    }

    @Test
    void todayIsTheFinnishDateNotTheUtcOne() {
        Instant newYearsEveInUtc = Instant.parse("2026-12-31T22:30:00Z");
        Instant summerEvening = Instant.parse("2027-06-30T20:59:59Z");

        assertThat(Helsinki.today(Clock.fixed(newYearsEveInUtc, ZoneOffset.UTC))).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(Helsinki.today(Clock.fixed(Instant.parse("2026-12-31T21:59:59Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(Helsinki.today(Clock.fixed(summerEvening, ZoneOffset.UTC))).isEqualTo(LocalDate.parse("2027-06-30"));
        assertThat(Helsinki.today(Clock.fixed(summerEvening.plusSeconds(1), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.parse("2027-07-01"));
    }

    private static Occurrence occurrence(String startsOn, String endsOn) {
        return new Occurrence(LocalDate.parse(startsOn), LocalDate.parse(endsOn));
    }
}
