package fi.osaava.membership.governance.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.governance.meeting.Chair;
import fi.osaava.membership.governance.meeting.MeetingDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/ecosystems/{id}/meetings}. Times carry their offset ({@code 2027-02-10T09:00:00+02:00});
 * a place, an https {@code onlineUrl} or both.
 */
record MeetingRequest(@NotBlank @Size(max = 200) @Nullable String title,
                      @NotNull @Nullable OffsetDateTime startsAt,
                      @NotNull @Nullable OffsetDateTime endsAt,
                      @Size(max = 300) @Nullable String place,
                      @Size(max = 500) @Pattern(regexp = "^https://[^\\s]+$", message = "must be an https URL")
                      @Nullable String onlineUrl,
                      @Valid @Nullable ChairRequest chair,
                      @Size(max = 10) @Nullable List<@NotBlank @Size(max = 120) String> themes) {

    record ChairRequest(@Size(max = 120) @Nullable String name, @Size(max = 100) @Nullable String organisationId) {

        @Nullable Chair toChair() {
            String person = blankToNull(name);
            String organisation = blankToNull(organisationId);
            return person == null && organisation == null ? null : new Chair(person, organisation);
        }
    }

    /** Called after validation. */
    @SuppressWarnings("NullAway")
    MeetingDetails toDetails() {
        return new MeetingDetails(title.strip(), startsAt.toInstant(), endsAt.toInstant(), blankToNull(place),
                blankToNull(onlineUrl), chair == null ? null : chair.toChair(),
                themes == null ? List.of() : themes.stream().map(String::strip).distinct().toList());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
