package fi.osaava.portal.clock;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One entry of the annual clock as membership-service keeps it ({@code .../annual-clock/entries/{entryId}}). */
public record Entry(String entryId, Map<String, String> title, @Nullable String description,
             String responsibleOrganisationId, Recurrence recurrence, int remindDaysBefore, String status) {

    /** A month, optionally a day, optionally a range until a month (and day). */
    public record Recurrence(int month, @Nullable Integer day, @Nullable Integer untilMonth, @Nullable Integer untilDay) {
    }

    public boolean retired() {
        return "RETIRED".equals(status);
    }
}
