package fi.osaava.kit.reference;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One concept of the competence vocabulary: its stable code, the broader concept it belongs to (none
 * at the top), labels in fi/sv/en, the ESCO concept URI where one is known, and — when it went out of
 * use — the code that replaces it. Concepts are never deleted.
 */
public record CompetenceConcept(String code, @Nullable String broader, Map<String, String> labels,
                                @Nullable String esco, boolean deprecated, @Nullable String replacedBy) {

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("fi", code));
    }

    public Optional<String> broaderCode() {
        return Optional.ofNullable(broader);
    }

    public Optional<String> replacement() {
        return Optional.ofNullable(replacedBy);
    }
}
