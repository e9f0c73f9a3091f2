package fi.osaava.needs.foresight;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import fi.osaava.kit.reference.ReferenceData;

/** At which level of the competence vocabulary a report counts: each need's own concepts, or their top concepts. */
public enum AreaLevel {
    CONCEPT, TOP;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AreaLevel> of(String code) {
        for (AreaLevel level : values()) {
            if (level.code().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * The distinct areas a need with these competence areas counts in: two narrower concepts under one
     * top concept are one area at the top level, so the need is not counted twice there.
     */
    public Set<String> areasOf(Collection<String> areas, ReferenceData reference) {
        Set<String> counted = new LinkedHashSet<>();
        for (String area : areas) {
            counted.add(this == TOP ? topOf(area, reference) : area);
        }
        return counted;
    }

    private static String topOf(String area, ReferenceData reference) {
        List<String> chain = reference.withBroader(area);
        return chain.get(chain.size() - 1);
    }
}
