package fi.osaava.membership.governance.clock;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;

/**
 * When an annual-clock entry comes round each year: a month ({@code day} absent: the whole month), a day of
 * a month, or a range from there {@code until} a later month (and day; absent: to the month's end). A range
 * whose end comes before its start in the calendar runs into the next year (December to January). A day that
 * a year's month lacks (29 February) falls on the month's last day.
 */
public record Recurrence(int month, @Nullable Integer day, @Nullable Integer untilMonth, @Nullable Integer untilDay) {

    public Recurrence {
        List<FieldError> errors = problems(month, day, untilMonth, untilDay);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    public static Recurrence onMonth(int month) {
        return new Recurrence(month, null, null, null);
    }

    public static Recurrence onDay(int month, int day) {
        return new Recurrence(month, day, null, null);
    }

    public static Recurrence range(int month, @Nullable Integer day, int untilMonth, @Nullable Integer untilDay) {
        return new Recurrence(month, day, untilMonth, untilDay);
    }

    /** The occurrence that starts in {@code year}. */
    public Occurrence in(int year) {
        LocalDate start = date(year, month, day == null ? 1 : day);
        if (untilMonth == null) {
            return new Occurrence(start, day == null ? lastOfMonth(year, month) : start);
        }
        int endYear = wrapsIntoNextYear() ? year + 1 : year;
        LocalDate end = untilDay == null ? lastOfMonth(endYear, untilMonth) : date(endYear, untilMonth, untilDay);
        return new Occurrence(start, end);
    }

    private boolean wrapsIntoNextYear() {
        int start = month * 100 + (day == null ? 1 : day);
        int end = (untilMonth == null ? month : untilMonth) * 100 + (untilDay == null ? 31 : untilDay);
        return end < start;
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, Math.min(day, Year.of(year).atMonth(month).lengthOfMonth()));
    }

    private static LocalDate lastOfMonth(int year, int month) {
        return Year.of(year).atMonth(month).atEndOfMonth();
    }

    private static List<FieldError> problems(int month, @Nullable Integer day, @Nullable Integer untilMonth,
                                             @Nullable Integer untilDay) {
        List<FieldError> errors = new ArrayList<>();
        if (month < 1 || month > 12) {
            errors.add(new FieldError("recurrence.month", "must be between 1 and 12"));
        } else if (day != null && (day < 1 || day > Month.of(month).maxLength())) {
            errors.add(new FieldError("recurrence.day", "must be between 1 and " + Month.of(month).maxLength()));
        }
        if (untilMonth == null) {
            if (untilDay != null) {
                errors.add(new FieldError("recurrence.untilMonth", "must be given with untilDay"));
            }
        } else if (untilMonth < 1 || untilMonth > 12) {
            errors.add(new FieldError("recurrence.untilMonth", "must be between 1 and 12"));
        } else if (untilDay != null && (untilDay < 1 || untilDay > Month.of(untilMonth).maxLength())) {
            errors.add(new FieldError("recurrence.untilDay", "must be between 1 and " + Month.of(untilMonth).maxLength()));
        }
        return errors;
    }
}
