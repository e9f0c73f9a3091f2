package fi.osaava.portal.clock;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One coming round of an annual-clock entry as membership-service computes it (a year's {@code occurrences}):
 * Finnish calendar dates, both ends included. The title is in fi and, where given, sv and en.
 */
public record Occurrence(String entryId, Map<String, String> title, @Nullable String description,
                  String responsibleOrganisationId, LocalDate startsOn, LocalDate endsOn,
                  @Nullable LocalDate remindOn) {

    /** Whether it runs on any day of the month {@code first} begins. */
    boolean overlapsMonthOf(LocalDate first) {
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        return !startsOn.isAfter(last) && !endsOn.isBefore(first.withDayOfMonth(1));
    }

    /** Over by {@code today}. */
    boolean endedBefore(LocalDate today) {
        return endsOn.isBefore(today);
    }

    /** Runs over the turn of a year (December into January). */
    boolean wrapsIntoNextYear() {
        return endsOn.getYear() > startsOn.getYear();
    }
}
