package fi.osaava.membership.governance.clock;

import java.time.LocalDate;

/** One year's round of an annual-clock entry, as dates of the Finnish calendar, both ends included. */
public record Occurrence(LocalDate startsOn, LocalDate endsOn) {

    /** The day its reminder is due: {@code remindDaysBefore} days before it starts. */
    public LocalDate remindOn(int remindDaysBefore) {
        return startsOn.minusDays(remindDaysBefore);
    }

    /** From the reminder day until the occurrence is over; a later start (after a pause) still reminds. */
    public boolean isDue(LocalDate today, int remindDaysBefore) {
        return !today.isBefore(remindOn(remindDaysBefore)) && !today.isAfter(endsOn);
    }
}
