package fi.osaava.portal.meetings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import fi.osaava.portal.api.ServiceProblem;

/**
 * membership-service's refusals of a step on a meeting in the person's language. Its 409s carry only an English
 * {@code detail} (written in {@code Meeting}); the ones a coordinator meets here are recognised by their wording,
 * an unknown one is shown in the service's own words.
 */
final class MeetingRefusals {

    private record Known(Pattern detail, String code) {
    }

    private static final List<Known> KNOWN = List.of(
            known("Meeting \\S+ has no agenda items to publish", "gov.meeting.refused.no-items"),
            known("Meeting \\S+ has (\\d+) agenda proposal\\(s\\) to accept or decline first",
                    "gov.meeting.refused.undecided"),
            known("Meeting \\S+ has not begun yet", "gov.meeting.refused.not-begun"),
            known("Meeting \\S+ is \\w+: its agenda is no longer open", "gov.meeting.refused.agenda-closed"),
            known("Meeting \\S+ is \\w+ and cannot be cancelled", "gov.meeting.refused.not-cancellable"),
            known("Meeting \\S+ is \\w+: decisions are recorded for a meeting whose agenda was published",
                    "gov.meeting.refused.not-published"),
            known("Meeting \\S+ has (\\d+) agenda items already", "gov.meeting.refused.full"),
            known("Agenda proposal \\S+ is \\w+ already", "gov.meeting.refused.decided"));

    private MeetingRefusals() {
    }

    static MessageSourceResolvable of(ServiceProblem refused) {
        String detail = refused.detail() == null ? "" : refused.detail().strip();
        if (refused.isNotFound()) {
            return message("gov.meeting.refused.gone");
        }
        for (Known known : KNOWN) {
            Matcher found = known.detail().matcher(detail);
            if (found.matches()) {
                return found.groupCount() == 0 ? message(known.code())
                        : message(known.code(), Integer.valueOf(found.group(1)));
            }
        }
        return message("gov.meeting.refused.other", detail);
    }

    private static Known known(String detail, String code) {
        return new Known(Pattern.compile(detail), code);
    }

    private static MessageSourceResolvable message(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }
}
