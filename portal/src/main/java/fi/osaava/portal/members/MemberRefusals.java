package fi.osaava.portal.members;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import fi.osaava.portal.api.ServiceProblem;

/**
 * membership-service's refusals of the coordinator's decisions, in the person's language. Its 409 for a decision the
 * participation's state does not allow ({@code Participation.require}) names that state; it is said with the
 * state's label. A 404 is an organisation, participation, client or passive member that is not there (any more).
 * Anything else keeps the service's own words.
 */
@Component
class MemberRefusals {

    /** membership-service's wording, {@code Participation.require}: "A participation that is SUSPENDED in …". */
    private static final Pattern NOT_NOW = Pattern.compile(
            "A participation that is ([A-Z]+) in ecosystem \\S+ cannot .*", Pattern.DOTALL);

    private final MessageSource messages;

    MemberRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the page shows this refusal beside its form rather than failing. */
    static boolean shown(ServiceProblem refused) {
        return refused.status() == 400 || refused.status() == 404 || refused.status() == 409;
    }

    String say(ServiceProblem refused, Locale locale) {
        String detail = refused.detail() == null ? "" : refused.detail().strip();
        if (refused.status() == 409) {
            Matcher state = NOT_NOW.matcher(detail);
            if (state.matches()) {
                String label = messages.getMessage("members.status." + state.group(1), null, state.group(1), locale);
                return messages.getMessage("members.refused.state", new Object[] {label}, locale);
            }
        }
        if (refused.status() == 404) {
            return messages.getMessage("members.refused.gone", null, locale);
        }
        if (refused.status() == 400 && !refused.fields().isEmpty()) {
            StringBuilder fields = new StringBuilder();
            refused.fields().forEach(field -> fields.append(fields.isEmpty() ? "" : "; ")
                    .append(messages.getMessage(new DefaultMessageSourceResolvable(
                            new String[] {"members.field." + field.field()}, field.field()), locale)));
            return messages.getMessage("members.refused.fields", new Object[] {fields}, locale);
        }
        return messages.getMessage("members.refused.other", new Object[] {detail}, locale);
    }
}
