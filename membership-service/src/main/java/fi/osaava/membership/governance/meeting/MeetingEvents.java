package fi.osaava.membership.governance.meeting;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/** Bodies of the events a meeting raises on {@code membership.governance.v1}, key = meetingId; schemas in infra/contracts. */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    @EventType(Scheduled.TYPE)
    public record Scheduled(String meetingId, String ecosystemId, String title, Instant startsAt, Instant endsAt,
                            String timeZone, @Nullable String place, @Nullable String onlineUrl, @Nullable Chair chair,
                            List<String> themes, Instant scheduledAt, ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.meeting.scheduled.v1";
    }

    @EventType(AgendaPublished.TYPE)
    public record AgendaPublished(String meetingId, String ecosystemId, String title, Instant startsAt, Instant endsAt,
                                  String timeZone, @Nullable String place, @Nullable String onlineUrl,
                                  @Nullable Chair chair, List<String> themes, List<AgendaItem> agenda,
                                  Instant publishedAt, ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.meeting.agenda-published.v1";
    }

    @EventType(Cancelled.TYPE)
    public record Cancelled(String meetingId, String ecosystemId, String title, Instant startsAt,
                            MeetingStatus previousStatus, String reason, Instant cancelledAt, ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.meeting.cancelled.v1";
    }

    @EventType(DecisionsRecorded.TYPE)
    public record DecisionsRecorded(String meetingId, String ecosystemId, String title, Instant startsAt,
                                    List<AgendaItem> agenda, List<Decision> decisions, Instant recordedAt,
                                    ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.meeting.decisions-recorded.v1";
    }

    /** The "meeting is in N days" reminder, raised once per meeting by the reminder task (no actor). */
    @EventType(Upcoming.TYPE)
    public record Upcoming(String meetingId, String ecosystemId, String title, Instant startsAt, Instant endsAt,
                           String timeZone, @Nullable String place, @Nullable String onlineUrl, MeetingStatus status,
                           int daysBefore, Instant remindedAt) {
        public static final String TYPE = "fi.osaava.membership.meeting.upcoming.v1";
    }
}
