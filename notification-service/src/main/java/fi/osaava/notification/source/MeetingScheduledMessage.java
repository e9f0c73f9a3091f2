package fi.osaava.notification.source;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** This service's reading of {@value #TYPE}: an ecosystem's meeting. Unknown fields pass. */
public record MeetingScheduledMessage(@NotBlank String meetingId, @NotBlank String ecosystemId,
                                      @NotBlank String title, @NotNull Instant startsAt, @Nullable Instant endsAt,
                                      @Nullable String place, @Nullable String onlineUrl,
                                      @Nullable List<String> themes, @Nullable ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.membership.meeting.scheduled.v1";

    public record ActedBy(@Nullable String organisationId) {
    }
}
