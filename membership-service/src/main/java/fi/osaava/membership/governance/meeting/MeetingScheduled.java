package fi.osaava.membership.governance.meeting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/** Body of {@value #TYPE} on {@code membership.governance.v1}, key = meetingId; schema in infra/contracts. */
@EventType(MeetingScheduled.TYPE)
public record MeetingScheduled(String meetingId, String ecosystemId, String title, Instant startsAt, Instant endsAt,
                               String timeZone, @Nullable String place, @Nullable String onlineUrl,
                               @Nullable Chair chair, List<String> themes, Instant scheduledAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.membership.meeting.scheduled.v1";
}
