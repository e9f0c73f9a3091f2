package fi.osaava.membership.governance.meeting;

import java.time.Instant;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/** Body of {@value #TYPE} on {@code membership.governance.v1}, key = meetingId; schema in infra/contracts. */
@EventType(MeetingCancelled.TYPE)
public record MeetingCancelled(String meetingId, String ecosystemId, String title, Instant startsAt,
                               MeetingStatus previousStatus, String reason, Instant cancelledAt, ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.membership.meeting.cancelled.v1";
}
