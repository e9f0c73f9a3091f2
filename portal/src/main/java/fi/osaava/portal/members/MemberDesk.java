package fi.osaava.portal.members;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.desk.DeskEcosystems;
import fi.osaava.portal.desk.EcosystemChoice;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every members desk page does the same way: the ecosystem it is about, its texts in the person's language, the
 * reason a decision requires, a refusal of membership-service said beside the form, and the way back to the list.
 */
@Component
class MemberDesk {

    static final int MAX_REASON = 2000;

    private final DeskEcosystems ecosystems;
    private final MemberRefusals refusals;
    private final MessageSource messages;

    MemberDesk(DeskEcosystems ecosystems, MemberRefusals refusals, MessageSource messages) {
        this.ecosystems = ecosystems;
        this.refusals = refusals;
        this.messages = messages;
    }

    EcosystemChoice choose(@Nullable String ecosystem, Authentication person) {
        return ecosystems.choose(ecosystem, person);
    }

    /** The bundle's text in the person's language. */
    String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The reason as typed, without surrounding blanks; none is the empty text. */
    static String reason(@Nullable String reason) {
        return reason == null ? "" : reason.strip();
    }

    /** What is wrong with a reason (none, or longer than {@link #MAX_REASON}), or null when it will do. */
    @Nullable String reasonProblem(String why) {
        return why.isEmpty() || why.length() > MAX_REASON
                ? say("members.reason.required", String.valueOf(MAX_REASON)) : null;
    }

    /** A refusal the page shows, in the person's language, the response given its status; any other is thrown on. */
    String refusal(ServiceProblem refused, HttpServletResponse response) {
        if (!MemberRefusals.shown(refused)) {
            throw refused;
        }
        response.setStatus(refused.status());
        return refusals.say(refused, LocaleContextHolder.getLocale());
    }

    /** The page at {@code path} for the chosen ecosystem. */
    static UriComponentsBuilder back(String path, EcosystemChoice choice) {
        return UriComponentsBuilder.fromPath(path).queryParam("ecosystem", choice.current().id());
    }
}
