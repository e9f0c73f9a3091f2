package fi.osaava.membership.governance.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.ecosystem.EcosystemManagement;
import fi.osaava.membership.governance.GovernanceAccess;
import fi.osaava.membership.governance.GovernanceProperties;

/**
 * An ecosystem's meetings. Its coordinator schedules them, keeps their agendas and records their decisions;
 * its core actors propose agenda items; any member reads them ({@link GovernanceAccess}). What a request brings
 * (a {@link Supplier}) is read only once the actor may: an outsider gets 403, not a description of the body.
 */
@Service
public class MeetingManagement {

    private static final Logger log = LoggerFactory.getLogger(MeetingManagement.class);

    private final Meetings meetings;
    private final EcosystemManagement ecosystems;
    private final GovernanceAccess access;
    private final GovernanceProperties properties;
    private final Clock clock;

    MeetingManagement(Meetings meetings, EcosystemManagement ecosystems, GovernanceAccess access,
                      GovernanceProperties properties, Clock clock) {
        this.meetings = meetings;
        this.ecosystems = ecosystems;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    public Meeting schedule(String ecosystemId, Supplier<MeetingDetails> details, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        return meetings.insert(Meeting.schedule(ecosystemId, details.get(), clock.instant(), actor.actedBy()));
    }

    public AgendaItem addAgendaItem(String ecosystemId, String meetingId, Supplier<AgendaText> item, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        AgendaText text = item.get();
        return change(ecosystemId, meetingId, meeting -> meeting.addAgendaItem(text.title(), text.description()));
    }

    /** A core actor of the ecosystem only: an unknown meeting is a 404, anyone else a 403. */
    public AgendaProposal propose(String ecosystemId, String meetingId, Supplier<AgendaText> item, Actor actor) {
        get(ecosystemId, meetingId);
        access.requireCoreActor(ecosystemId, actor);
        AgendaText text = item.get();
        return change(ecosystemId, meetingId,
                meeting -> meeting.propose(actor.organisationId(), text.title(), text.description(), clock.instant()));
    }

    public AgendaItem acceptProposal(String ecosystemId, String meetingId, String proposalId, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        return change(ecosystemId, meetingId, meeting -> meeting.acceptProposal(proposalId, clock.instant()));
    }

    public AgendaProposal declineProposal(String ecosystemId, String meetingId, String proposalId,
                                          Supplier<String> reason, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        String why = reason.get();
        return change(ecosystemId, meetingId, meeting -> meeting.declineProposal(proposalId, why, clock.instant()));
    }

    public Meeting publishAgenda(String ecosystemId, String meetingId, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        return changed(ecosystemId, meetingId, meeting -> meeting.publishAgenda(clock.instant(), actor.actedBy()));
    }

    public Meeting recordDecisions(String ecosystemId, String meetingId, Supplier<List<Decision>> decisions,
                                   Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        List<Decision> recorded = decisions.get();
        return changed(ecosystemId, meetingId,
                meeting -> meeting.recordDecisions(recorded, clock.instant(), actor.actedBy()));
    }

    public Meeting cancel(String ecosystemId, String meetingId, Supplier<String> reason, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        String why = reason.get();
        return changed(ecosystemId, meetingId, meeting -> meeting.cancel(why, clock.instant(), actor.actedBy()));
    }

    /** The meeting's proposals the actor may see: every one for the ecosystem's coordinator, else its own. */
    public List<AgendaProposal> proposalsSeenBy(Meeting meeting, Actor actor) {
        boolean coordinates = access.coordinates(meeting.ecosystemId(), actor);
        return meeting.proposals().stream()
                .filter(proposal -> access.maySeeProposal(coordinates, proposal.organisationId(), actor)).toList();
    }

    public Meeting get(String ecosystemId, String meetingId) {
        return meetings.findById(meetingId).filter(meeting -> meeting.ecosystemId().equals(ecosystemId))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    /** Every meeting of the ecosystem, the earliest first. */
    public List<Meeting> list(String ecosystemId) {
        ecosystems.get(ecosystemId);
        return meetings.findByEcosystemIdOrderByDetailsStartsAtAsc(ecosystemId);
    }

    /**
     * Raises the "meeting is in N days" reminder of each meeting still on that starts within
     * {@code osaava.governance.meeting-reminder-days}. The version check of each save makes it once only,
     * however many instances run it at the same time.
     *
     * @return how many reminders this run raised
     */
    public int remindUpcoming() {
        Instant now = clock.instant();
        int days = properties.meetingReminderDays();
        int raised = 0;
        for (Meeting candidate : meetings.findByStatusInAndUpcomingRemindedFalseAndDetailsStartsAtBetween(
                EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED), now, now.plus(Duration.ofDays(days)))) {
            try {
                raised += OptimisticRetry.run(() -> meetings.findById(candidate.id())
                        .filter(meeting -> meeting.remindUpcoming(days, now))
                        .map(meetings::save).isPresent()) ? 1 : 0;
            } catch (OptimisticLockingFailureException e) {
                log.debug("Meeting {} kept changing; its reminder waits for the next run", candidate.id());
            }
        }
        return raised;
    }

    private <T> T change(String ecosystemId, String meetingId, Function<Meeting, T> transition) {
        return OptimisticRetry.run(() -> {
            Meeting meeting = get(ecosystemId, meetingId);
            T result = transition.apply(meeting);
            meetings.save(meeting);
            return result;
        });
    }

    private Meeting changed(String ecosystemId, String meetingId, Consumer<Meeting> transition) {
        return OptimisticRetry.run(() -> {
            Meeting meeting = get(ecosystemId, meetingId);
            transition.accept(meeting);
            return meetings.save(meeting);
        });
    }
}
