package fi.osaava.membership.governance.meeting;

import static fi.osaava.membership.governance.meeting.MeetingDetailsBuilder.aMeetingStarting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;

class MeetingTest {

    static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");
    static final Instant STARTS = Instant.parse("2027-02-10T07:00:00Z");
    static final ActedBy COORDINATOR = new ActedBy("pshva", "pshva-user");

    static MeetingDetails details() {
        return aMeetingStarting(STARTS).online("https://teams.example/priorisointi")
                .chairedBy(new Chair("Demo Puheenjohtaja", null)).onThemes("Ennakointi").build();
    }

    static Meeting scheduled() {
        return Meeting.schedule("pohjois-savo", details(), NOW, COORDINATOR);
    }

    @Test
    void schedulingRaisesTheScheduledEventKeyedByTheMeeting() {
        Meeting meeting = scheduled();

        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.raisedEvents()).singleElement().isInstanceOfSatisfying(MeetingScheduled.class,
                scheduled -> {
                    assertThat(scheduled.meetingId()).isEqualTo(meeting.id());
                    assertThat(scheduled.timeZone()).isEqualTo("Europe/Helsinki");
                    assertThat(scheduled.startsAt()).isEqualTo(STARTS);
                });
        assertThat(meeting.aggregateId()).isEqualTo(meeting.id());
    }

    @Test
    void aMeetingEndsAfterItStartsStartsInTheFutureAndHasAPlaceOrALink() {
        MeetingDetails backwards = aMeetingStarting(STARTS).endingAt(STARTS).build();
        MeetingDetails past = aMeetingStarting(NOW.minusSeconds(60)).endingAt(NOW.plusSeconds(60)).build();
        MeetingDetails nowhere = aMeetingStarting(STARTS).endingAt(STARTS.plusSeconds(60)).nowhere().build();

        assertThatThrownBy(() -> Meeting.schedule("e", backwards, NOW, COORDINATOR)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Meeting.schedule("e", past, NOW, COORDINATOR)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Meeting.schedule("e", nowhere, NOW, COORDINATOR)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void anAcceptedProposalBecomesAnAgendaItemOfItsProposer() {
        Meeting meeting = scheduled();
        AgendaProposal proposal = meeting.propose("savonia", "Yhteinen verkkokoulutus", "", NOW);

        AgendaItem item = meeting.acceptProposal(proposal.proposalId(), NOW);

        assertThat(meeting.agenda()).containsExactly(item);
        assertThat(item.proposedByOrganisationId()).isEqualTo("savonia");
        assertThat(meeting.proposals()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(p.agendaItemId()).isEqualTo(item.itemId());
        });
        assertThatThrownBy(() -> meeting.declineProposal(proposal.proposalId(), "late", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theAgendaIsPublishedOnlyWithItemsAndOnceEveryProposalIsDecided() {
        Meeting meeting = scheduled();
        assertThatThrownBy(() -> meeting.publishAgenda(NOW, COORDINATOR)).isInstanceOf(ConflictException.class);
        meeting.addAgendaItem("Priorisointi", "");
        AgendaProposal proposal = meeting.propose("savonia", "Ehdotus", "", NOW);
        assertThatThrownBy(() -> meeting.publishAgenda(NOW, COORDINATOR)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 agenda proposal");

        meeting.declineProposal(proposal.proposalId(), "Seuraavaan kokoukseen", NOW);
        meeting.publishAgenda(NOW, COORDINATOR);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        assertThat(meeting.proposals().get(0).declineReason()).isEqualTo("Seuraavaan kokoukseen");
        assertThat(meeting.raisedEvents()).extracting(Object::getClass)
                .containsExactly(MeetingScheduled.class, MeetingAgendaPublished.class);
    }

    @Test
    void afterPublishingTheAgendaNothingIsProposedOrAdded() {
        Meeting meeting = scheduled();
        meeting.addAgendaItem("Priorisointi", "");
        meeting.publishAgenda(NOW, COORDINATOR);

        assertThatThrownBy(() -> meeting.propose("savonia", "Myöhässä", "", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> meeting.addAgendaItem("Myöhässä", "")).isInstanceOf(ConflictException.class);
    }

    @Test
    void decisionsAreRecordedOnceThePublishedMeetingHasBegunUnderItsOwnItems() {
        Meeting meeting = scheduled();
        AgendaItem item = meeting.addAgendaItem("Priorisointi", "");
        List<Decision> decisions = List.of(new Decision("d1", item.itemId(), "Painopisteet valittiin"));
        assertThatThrownBy(() -> meeting.recordDecisions(decisions, STARTS, COORDINATOR)).isInstanceOf(ConflictException.class);
        meeting.publishAgenda(NOW, COORDINATOR);

        assertThatThrownBy(() -> meeting.recordDecisions(decisions, STARTS.minusSeconds(1), COORDINATOR))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> meeting.recordDecisions(List.of(new Decision("d2", "no-such-item", "x")), STARTS,
                COORDINATOR)).isInstanceOf(InvalidFieldException.class);
        meeting.recordDecisions(decisions, STARTS, COORDINATOR);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.decisions()).isEqualTo(decisions);
        assertThatThrownBy(() -> meeting.cancel("late", STARTS, COORDINATOR)).isInstanceOf(ConflictException.class);
    }

    @Test
    void cancellingRemembersWhatTheMeetingWasAndCannotBeRepeated() {
        Meeting meeting = scheduled();
        meeting.cancel("Päällekkäinen tilaisuus", NOW, COORDINATOR);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.raisedEvents(MeetingCancelled.class)).singleElement()
                .extracting(MeetingCancelled::previousStatus).isEqualTo(MeetingStatus.SCHEDULED);
        assertThatThrownBy(() -> meeting.cancel("again", NOW, COORDINATOR)).isInstanceOf(ConflictException.class);
        assertThat(meeting.remindUpcoming(60, NOW)).isFalse();
    }

    @Test
    void theUpcomingReminderIsRaisedOnceWithinItsDays() {
        Meeting meeting = scheduled();

        assertThat(meeting.remindUpcoming(7, STARTS.minus(Duration.ofDays(8)))).isFalse();
        assertThat(meeting.remindUpcoming(7, STARTS.minus(Duration.ofDays(7)))).isTrue();
        assertThat(meeting.remindUpcoming(7, STARTS.minus(Duration.ofDays(6)))).isFalse();
        assertThat(meeting.raisedEvents()).extracting(Object::getClass)
                .containsExactly(MeetingScheduled.class, MeetingUpcoming.class);
    }
}
