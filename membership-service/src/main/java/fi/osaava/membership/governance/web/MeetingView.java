package fi.osaava.membership.governance.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.governance.Helsinki;
import fi.osaava.membership.governance.meeting.AgendaItem;
import fi.osaava.membership.governance.meeting.AgendaProposal;
import fi.osaava.membership.governance.meeting.Chair;
import fi.osaava.membership.governance.meeting.Decision;
import fi.osaava.membership.governance.meeting.Meeting;
import fi.osaava.membership.governance.meeting.MeetingStatus;

/** A meeting with its times shown in Finnish time; {@code proposals} only those the viewer may see. */
record MeetingView(String meetingId, String ecosystemId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   String timeZone, @Nullable String place, @Nullable String onlineUrl, @Nullable Chair chair,
                   List<String> themes, MeetingStatus status, List<AgendaItem> agenda, List<AgendaProposal> proposals,
                   List<Decision> decisions, @Nullable String cancelReason, Instant scheduledAt,
                   @Nullable Instant agendaPublishedAt, @Nullable Instant decisionsRecordedAt,
                   @Nullable Instant cancelledAt) {

    static MeetingView of(Meeting meeting, List<AgendaProposal> visibleProposals) {
        var details = meeting.details();
        return new MeetingView(meeting.id(), meeting.ecosystemId(), details.title(),
                details.startsAt().atZone(Helsinki.ZONE).toOffsetDateTime(),
                details.endsAt().atZone(Helsinki.ZONE).toOffsetDateTime(), Helsinki.ZONE.getId(), details.place(),
                details.onlineUrl(), details.chair(), details.themes(), meeting.status(), meeting.agenda(),
                visibleProposals, meeting.decisions(), meeting.cancelReason(), meeting.scheduledAt(),
                meeting.agendaPublishedAt(), meeting.decisionsRecordedAt(), meeting.cancelledAt());
    }
}
