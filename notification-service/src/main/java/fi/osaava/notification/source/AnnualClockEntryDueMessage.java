package fi.osaava.notification.source;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** This service's reading of {@value #TYPE}: an entry of an ecosystem's annual clock comes due. Unknown fields pass. */
public record AnnualClockEntryDueMessage(@NotBlank String entryId, @NotBlank String ecosystemId,
                                         @NotEmpty Map<String, String> title, @Nullable String description,
                                         @NotNull LocalDate startsOn, @Nullable LocalDate endsOn,
                                         @Nullable String responsibleOrganisationId) {

    public static final String TYPE = "fi.osaava.membership.annual-clock.entry-due.v1";
}
