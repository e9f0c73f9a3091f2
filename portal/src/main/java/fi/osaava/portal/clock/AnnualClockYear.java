package fi.osaava.portal.clock;

import java.util.List;

/** {@code GET /api/ecosystems/{id}/annual-clock?year=}: the active entries' occurrences that start in the year. */
record AnnualClockYear(int year, List<Occurrence> occurrences) {

    AnnualClockYear {
        occurrences = occurrences == null ? List.of() : occurrences;
    }
}
