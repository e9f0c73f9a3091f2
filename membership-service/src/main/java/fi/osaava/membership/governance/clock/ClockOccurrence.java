package fi.osaava.membership.governance.clock;

/** An entry's round in one year, as the annual clock lists it. */
public record ClockOccurrence(AnnualClockEntry entry, Occurrence occurrence) {

    public java.time.LocalDate remindOn() {
        return occurrence.remindOn(entry.details().remindDaysBefore());
    }
}
