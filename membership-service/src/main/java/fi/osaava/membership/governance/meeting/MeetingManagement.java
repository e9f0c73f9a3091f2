package fi.osaava.membership.governance.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.ecosystem.EcosystemManagement;
import fi.osaava.membership.governance.CoreActors;
import fi.osaava.membership.governance.GovernanceProperties;

/**
 * An ecosystem's meetings. Its coordinator schedules them, keeps their agendas and records their decisions;
 * its core actors propose agenda items; any member reads them.
 */
@Service
public class MeetingManagement {

    private static final Logger log = LoggerFactory.getLogger(MeetingManagement.class);

    private final Meetings meetings;
    private final EcosystemManagement ecosystems;
    private final CoreActors coreActors;
    private final GovernanceProperties properties;
    private final Clock clock;

    MeetingManagement(Meetings meetings, EcosystemManagement ecosystems, CoreActors coreActors,
                      GovernanceProperties properties, Clock clock) {
        this.meetings = meetings;
        this.ecosystems = ecosystems;
        this.coreActors = coreActors;
        this.properties = properties;
        this.clock = clock;
    }

    /** The ecosystem's coordinator only: an unknown ecosystem is a 404, anyone else a 403. */
    public void requireCoordinator(String ecosystemId, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
    }

    public boolean isCoordinator(String ecosystemId, Actor actor) {
        return ecosystems.isCoordinator(ecosystemId, actor);
    }

    /** A core actor of the ecosystem only: an unknown meeting is a 404, anyone else a 403. */
    public void requireCoreActor(String ecosystemId, String meetingId, Actor actor) {
        get(ecosystemId, meetingId);
        if (!coreActors.isCoreActor(ecosystemId, actor.organisationId())) {
            throw new AccessDeniedException("Only core actors of ecosystem " + ecosystemId + " propose agenda items");
        }
    }

    public Meeting schedule(String ecosystemId, MeetingDetails details, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return meetings.insert(Meeting.schedule(ecosystemId, details, clock.instant(), actor.actedBy()));
    }

    public AgendaItem addAgendaItem(String ecosystemId, String meetingId, String title, String description, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return change(ecosystemId, meetingId, meeting -> meeting.addAgendaItem(title, description));
    }

    public AgendaProposal propose(String ecosystemId, String meetingId, String title, String description, Actor actor) {
        requireCoreActor(ecosystemId, meetingId, actor);
        return change(ecosystemId, meetingId,
                meeting -> meeting.propose(actor.organisationId(), title, description, clock.instant()));
    }

    public AgendaItem acceptProposal(String ecosystemId, String meetingId, String proposalId, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return change(ecosystemId, meetingId, meeting -> meeting.acceptProposal(proposalId, clock.instant()));
    }

    public AgendaProposal declineProposal(String ecosystemId, String meetingId, String proposalId, String reason,
                                          Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return change(ecosystemId, meetingId, meeting -> meeting.declineProposal(proposalId, reason, clock.instant()));
    }

    public Meeting publishAgenda(String ecosystemId, String meetingId, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return changed(ecosystemId, meetingId, meeting -> meeting.publishAgenda(clock.instant(), actor.actedBy()));
    }

    public Meeting recordDecisions(String ecosystemId, String meetingId, List<Decision> decisions, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return changed(ecosystemId, meetingId,
                meeting -> meeting.recordDecisions(decisions, clock.instant(), actor.actedBy()));
    }

    public Meeting cancel(String ecosystemId, String meetingId, String reason, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
        return changed(ecosystemId, meetingId, meeting -> meeting.cancel(reason, clock.instant(), actor.actedBy()));
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
