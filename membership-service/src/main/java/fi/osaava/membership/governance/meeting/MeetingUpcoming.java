package fi.osaava.membership.governance.meeting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.EventType;

/**
 * The "meeting is in N days" reminder, raised once per meeting by the reminder task (no actor). Body of
 * {@value #TYPE} on {@code membership.governance.v1}, key = meetingId; schema in infra/contracts.
 */
@EventType(MeetingUpcoming.TYPE)
public record MeetingUpcoming(String meetingId, String ecosystemId, String title, Instant startsAt, Instant endsAt,
                              String timeZone, @Nullable String place, @Nullable String onlineUrl, MeetingStatus status,
                              int daysBefore, Instant remindedAt) {
    public static final String TYPE = "fi.osaava.membership.meeting.upcoming.v1";
}
