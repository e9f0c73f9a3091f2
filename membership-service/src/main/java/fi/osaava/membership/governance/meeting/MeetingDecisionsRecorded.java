package fi.osaava.membership.governance.meeting;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventType;

/** Body of {@value #TYPE} on {@code membership.governance.v1}, key = meetingId; schema in infra/contracts. */
@EventType(MeetingDecisionsRecorded.TYPE)
public record MeetingDecisionsRecorded(String meetingId, String ecosystemId, String title, Instant startsAt,
                                       List<AgendaItem> agenda, List<Decision> decisions, Instant recordedAt,
                                       ActedBy actedBy) {
    public static final String TYPE = "fi.osaava.membership.meeting.decisions-recorded.v1";
}
