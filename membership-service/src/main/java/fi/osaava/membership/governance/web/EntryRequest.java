package fi.osaava.membership.governance.web;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.governance.clock.EntryDetails;
import fi.osaava.membership.governance.clock.Recurrence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/ecosystems/{id}/annual-clock/entries} and {@code PUT .../entries/{entryId}}. Recurrence: a
 * {@code month}, optionally a {@code day}, optionally a range {@code untilMonth} (and {@code untilDay}).
 */
record EntryRequest(@NotNull @Valid @Nullable TextRequest title,
                    @Size(max = 2000) @Nullable String description,
                    @NotBlank @Size(max = 100) @Nullable String responsibleOrganisationId,
                    @NotNull @Valid @Nullable RecurrenceRequest recurrence,
                    @Min(0) @Max(365) @Nullable Integer remindDaysBefore) {

    static final int DEFAULT_REMIND_DAYS_BEFORE = 14;

    record RecurrenceRequest(@NotNull @Min(1) @Max(12) @Nullable Integer month,
                             @Min(1) @Max(31) @Nullable Integer day,
                             @Min(1) @Max(12) @Nullable Integer untilMonth,
                             @Min(1) @Max(31) @Nullable Integer untilDay) {
    }

    /** Called after validation; a day the month never has is a 400 from {@link Recurrence}. */
    @SuppressWarnings("NullAway")
    EntryDetails toDetails() {
        return new EntryDetails(title.toText(), description == null ? "" : description.strip(),
                responsibleOrganisationId.strip(),
                new Recurrence(recurrence.month(), recurrence.day(), recurrence.untilMonth(), recurrence.untilDay()),
                remindDaysBefore == null ? DEFAULT_REMIND_DAYS_BEFORE : remindDaysBefore);
    }
}
