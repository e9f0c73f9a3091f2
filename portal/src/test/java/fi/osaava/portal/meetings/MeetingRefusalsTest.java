package fi.osaava.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceProblem;

/** Each 409 a meeting's step meets, in membership-service's wording (copied from its {@code Meeting}). */
class MeetingRefusalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meeting m-1 has no agenda items to publish|gov.meeting.refused.no-items",
            "Meeting m-1 has 2 agenda proposal(s) to accept or decline first|gov.meeting.refused.undecided",
            "Meeting m-1 has not begun yet|gov.meeting.refused.not-begun",
            "Meeting m-1 is AGENDA_PUBLISHED: its agenda is no longer open|gov.meeting.refused.agenda-closed",
            "Meeting m-1 is HELD and cannot be cancelled|gov.meeting.refused.not-cancellable",
            "Meeting m-1 is SCHEDULED: decisions are recorded for a meeting whose agenda was published|gov.meeting.refused.not-published",
            "Meeting m-1 has 50 agenda items already|gov.meeting.refused.full",
            "Agenda proposal p-1 is DECLINED already|gov.meeting.refused.decided",
            "Something new|gov.meeting.refused.other"})
    void theServicesWordingBecomesAMessage(String detail, String code) {
        var message = MeetingRefusals.of(new ServiceProblem(OsaavaService.MEMBERSHIP, 409, detail, List.of()));

        assertThat(message.getCodes()).containsExactly(code);
    }

    @Test
    void theFiguresComeAlong() {
        var message = MeetingRefusals.of(new ServiceProblem(OsaavaService.MEMBERSHIP, 409,
                "Meeting m-1 has 2 agenda proposal(s) to accept or decline first", List.of()));

        assertThat(message.getArguments()).containsExactly(2);
    }

    @Test
    void aMeetingOrProposalNotFoundIsSaidSo() {
        var message = MeetingRefusals.of(new ServiceProblem(OsaavaService.MEMBERSHIP, 404, "Agenda proposal not found",
                List.of()));

        assertThat(message.getCodes()).containsExactly("gov.meeting.refused.gone");
    }
}
