package fi.osaava.portal.tray;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fi.osaava.portal.reference.ReferenceData;

/**
 * The search page's filters: for each facet its values in the person's language with the number of matches, the
 * chosen one marked. A chosen value without matches stays listed, so it can be seen and taken back.
 */
@Component
class Facets {

    public record Option(String value, String label, long count, boolean selected) {
    }

    public record Facet(String name, String label, List<Option> options, @Nullable String selected) {
    }

    private final MessageSource messages;
    private final ReferenceData reference;

    Facets(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    List<Facet> of(TraySearch search, Map<String, Map<String, Long>> counts) {
        Map<String, String> chosen = search.filters();
        List<Facet> facets = new ArrayList<>();
        for (String name : TrayController.FACETS) {
            String selected = chosen.get(name);
            List<Option> options = new ArrayList<>();
            counts.getOrDefault(name, Map.of()).forEach((value, count) ->
                    options.add(new Option(value, label(name, value), count, value.equals(selected))));
            if (selected != null && options.stream().noneMatch(Option::selected)) {
                options.add(new Option(selected, label(name, selected), 0, true));
            }
            options.sort(Comparator.comparing(Option::count).reversed().thenComparing(Option::label));
            facets.add(new Facet(name, text("facet." + name, name), options, selected));
        }
        return facets;
    }

    String label(String facet, String value) {
        return switch (facet) {
            case "competenceArea" -> reference.concept(value);
            case "region" -> reference.region(value);
            default -> text(facet + "." + value, value);
        };
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
