package fi.osaava.portal.ecosystem;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The directory's codes in the person's language: rings, organisation types, roles in an ecosystem. A code the
 * bundles do not know yet (membership-service added one) is shown as itself rather than failing the page.
 */
@Component
public class DirectoryLabels {

    /** membership-service's organisation types, in the order its API lists them; it serves no list of them. */
    static final List<String> TYPES = List.of("WELLBEING_SERVICES_COUNTY", "UNIVERSITY",
            "UNIVERSITY_OF_APPLIED_SCIENCES", "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER", "SERVICE_PRODUCER",
            "NGO", "AUTHORITY", "FUNDER", "UNION", "OTHER");

    private final MessageSource messages;

    DirectoryLabels(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> rings() {
        return Directory.RINGS;
    }

    public List<String> types() {
        return TYPES;
    }

    public String ring(String code) {
        return text("ring." + code, code);
    }

    /** What the ring means, or nothing for a ring without a description. */
    public String ringAbout(String code) {
        return text("ring." + code + ".about", "");
    }

    public String type(String code) {
        return text("organisationType." + code, code);
    }

    public String role(String code) {
        return text("participationRole." + code, code);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
