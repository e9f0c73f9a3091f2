package fi.osaava.membership.governance.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.governance.Helsinki;

/**
 * A meeting of an ecosystem, scheduled by its coordinator. Core actors propose agenda items until the agenda
 * is published; the coordinator accepts or declines each proposal, publishes the agenda and, once the meeting
 * has begun, records its decisions. Until it is held it can be cancelled.
 */
@Document("meetings")
public class Meeting extends OutboxAggregate {

    public static final int MAX_AGENDA_ITEMS = 50;
    public static final int MAX_PROPOSALS = 100;

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String ecosystemId;
    private MeetingDetails details;
    private MeetingStatus status;
    private List<AgendaItem> agenda = new ArrayList<>();
    private List<AgendaProposal> proposals = new ArrayList<>();
    private List<Decision> decisions = new ArrayList<>();
    private @Nullable String cancelReason;
    private Instant scheduledAt;
    private @Nullable Instant agendaPublishedAt;
    private @Nullable Instant decisionsRecordedAt;
    private @Nullable Instant cancelledAt;
    private boolean upcomingReminded;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Meeting() {
    }

    private Meeting(String ecosystemId, MeetingDetails details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ecosystemId = ecosystemId;
        this.details = details;
        this.status = MeetingStatus.SCHEDULED;
        this.scheduledAt = now;
    }

    /** A meeting ends after it starts and has a place, an online link or both. */
    public static Meeting schedule(String ecosystemId, MeetingDetails details, Instant now, ActedBy actedBy) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new InvalidFieldException("endsAt", "must be after startsAt");
        }
        if (!details.startsAt().isAfter(now)) {
            throw new InvalidFieldException("startsAt", "must be in the future");
        }
        if (details.place() == null && details.onlineUrl() == null) {
            throw new InvalidFieldException("place", "a place or an onlineUrl is needed");
        }
        Meeting meeting = new Meeting(ecosystemId, details, now);
        meeting.raise(new MeetingScheduled(meeting.id, ecosystemId,
                details.title(), details.startsAt(), details.endsAt(), Helsinki.ZONE.getId(), details.place(),
                details.onlineUrl(), details.chair(), details.themes(), now, actedBy), now);
        return meeting;
    }

    /** The coordinator's own item, while the agenda is open. */
    public AgendaItem addAgendaItem(String title, String description) {
        requireAgendaOpen();
        if (agenda.size() >= MAX_AGENDA_ITEMS) {
            throw new ConflictException("Meeting " + id + " has " + MAX_AGENDA_ITEMS + " agenda items already");
        }
        AgendaItem item = new AgendaItem(UUID.randomUUID().toString(), title, description, null);
        agenda.add(item);
        return item;
    }

    /** A core actor's proposal, while the agenda is open (the caller checked that it is a core actor). */
    public AgendaProposal propose(String organisationId, String title, String description, Instant now) {
        requireAgendaOpen();
        if (proposals.size() >= MAX_PROPOSALS) {
            throw new ConflictException("Meeting " + id + " takes no more proposals");
        }
        AgendaProposal proposal = new AgendaProposal(UUID.randomUUID().toString(), organisationId, title, description,
                ProposalStatus.PROPOSED, null, null, now, null);
        proposals.add(proposal);
        return proposal;
    }

    public AgendaItem acceptProposal(String proposalId, Instant now) {
        requireAgendaOpen();
        AgendaProposal proposal = undecided(proposalId);
        if (agenda.size() >= MAX_AGENDA_ITEMS) {
            throw new ConflictException("Meeting " + id + " has " + MAX_AGENDA_ITEMS + " agenda items already");
        }
        AgendaItem item = new AgendaItem(UUID.randomUUID().toString(), proposal.title(), proposal.description(),
                proposal.organisationId());
        agenda.add(item);
        replace(proposal.accepted(item.itemId(), now));
        return item;
    }

    public AgendaProposal declineProposal(String proposalId, String reason, Instant now) {
        requireAgendaOpen();
        AgendaProposal declined = undecided(proposalId).declined(reason, now);
        replace(declined);
        return declined;
    }

    /**
     * Fixes the agenda and tells the ecosystem: a reminder of the meeting with what it will discuss. Every
     * proposal must have been accepted or declined first, so no core actor's item is dropped unseen.
     */
    public void publishAgenda(Instant now, ActedBy actedBy) {
        requireAgendaOpen();
        if (agenda.isEmpty()) {
            throw new ConflictException("Meeting " + id + " has no agenda items to publish");
        }
        long undecided = proposals.stream().filter(p -> p.status() == ProposalStatus.PROPOSED).count();
        if (undecided > 0) {
            throw new ConflictException("Meeting " + id + " has " + undecided + " agenda proposal(s) to accept or decline first");
        }
        status = MeetingStatus.AGENDA_PUBLISHED;
        agendaPublishedAt = now;
        raise(new MeetingAgendaPublished(id, ecosystemId, details.title(),
                details.startsAt(), details.endsAt(), Helsinki.ZONE.getId(), details.place(), details.onlineUrl(),
                details.chair(), details.themes(), List.copyOf(agenda), now, actedBy), now);
    }

    /** Once the meeting with a published agenda has begun: it is then held. */
    public void recordDecisions(List<Decision> recorded, Instant now, ActedBy actedBy) {
        if (status != MeetingStatus.AGENDA_PUBLISHED) {
            throw new ConflictException("Meeting " + id + " is " + status + ": decisions are recorded for a meeting "
                    + "whose agenda was published");
        }
        if (now.isBefore(details.startsAt())) {
            throw new ConflictException("Meeting " + id + " has not begun yet");
        }
        for (int i = 0; i < recorded.size(); i++) {
            String itemId = recorded.get(i).agendaItemId();
            if (itemId != null && agenda.stream().noneMatch(item -> item.itemId().equals(itemId))) {
                throw new InvalidFieldException("decisions[" + i + "].agendaItemId", "is not an item of this meeting's agenda");
            }
        }
        decisions = new ArrayList<>(recorded);
        status = MeetingStatus.HELD;
        decisionsRecordedAt = now;
        raise(new MeetingDecisionsRecorded(id, ecosystemId,
                details.title(), details.startsAt(), List.copyOf(agenda), List.copyOf(decisions), now, actedBy), now);
    }

    public void cancel(String reason, Instant now, ActedBy actedBy) {
        if (status == MeetingStatus.HELD || status == MeetingStatus.CANCELLED) {
            throw new ConflictException("Meeting " + id + " is " + status + " and cannot be cancelled");
        }
        MeetingStatus previous = status;
        status = MeetingStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now;
        raise(new MeetingCancelled(id, ecosystemId, details.title(),
                details.startsAt(), previous, reason, now, actedBy), now);
    }

    /**
     * The "meeting is in N days" reminder, once: when the meeting is still on and starts within {@code days}.
     *
     * @return whether it was raised now
     */
    public boolean remindUpcoming(int days, Instant now) {
        boolean on = status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED;
        boolean soon = details.startsAt().isAfter(now) && !details.startsAt().isAfter(now.plus(Duration.ofDays(days)));
        if (upcomingReminded || !on || !soon) {
            return false;
        }
        upcomingReminded = true;
        raise(new MeetingUpcoming(id, ecosystemId, details.title(),
                details.startsAt(), details.endsAt(), Helsinki.ZONE.getId(), details.place(), details.onlineUrl(),
                status, days, now), now);
        return true;
    }

    private void requireAgendaOpen() {
        if (status != MeetingStatus.SCHEDULED) {
            throw new ConflictException("Meeting " + id + " is " + status + ": its agenda is no longer open");
        }
    }

    private AgendaProposal undecided(String proposalId) {
        AgendaProposal proposal = proposals.stream().filter(p -> p.proposalId().equals(proposalId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Agenda proposal", proposalId));
        if (proposal.status() != ProposalStatus.PROPOSED) {
            throw new ConflictException("Agenda proposal " + proposalId + " is " + proposal.status() + " already");
        }
        return proposal;
    }

    private void replace(AgendaProposal proposal) {
        proposals.replaceAll(p -> p.proposalId().equals(proposal.proposalId()) ? proposal : p);
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String ecosystemId() {
        return ecosystemId;
    }

    public MeetingDetails details() {
        return details;
    }

    public MeetingStatus status() {
        return status;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public List<AgendaProposal> proposals() {
        return List.copyOf(proposals);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public @Nullable String cancelReason() {
        return cancelReason;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public @Nullable Instant agendaPublishedAt() {
        return agendaPublishedAt;
    }

    public @Nullable Instant decisionsRecordedAt() {
        return decisionsRecordedAt;
    }

    public @Nullable Instant cancelledAt() {
        return cancelledAt;
    }
}
