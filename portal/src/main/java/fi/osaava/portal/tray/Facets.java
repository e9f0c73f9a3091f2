package fi.osaava.portal.tray;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fi.osaava.portal.reference.ReferenceData;

/**
 * The search page's filters: for each facet its values in the person's language with the number of matches, the
 * chosen one marked. A chosen value without matches stays listed, so it can be seen and taken back.
 * <p>
 * The competence areas are a tree as the vocabulary is: each area with its narrower ones. The catalogue counts an
 * offering under each broader area too, so an area's count is what choosing it finds; an area is shown when it has
 * matches or is chosen (with the areas above it).
 */
@Component
class Facets {

    static final String AREA = "competenceArea";

    public record Option(String value, String label, long count, boolean selected) {
    }

    public record Facet(String name, String label, List<Option> options, @Nullable String selected) {
    }

    /** An area of the tree, with the narrower areas shown under it. */
    public record Area(String code, String label, long count, boolean selected, List<Area> narrower) {
    }

    private final MessageSource messages;
    private final ReferenceData reference;

    Facets(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    /** The facets shown as a choice of one value, in {@link TrayController#FACETS}' order. */
    List<Facet> of(TraySearch search, Map<String, Map<String, Long>> counts) {
        Map<String, @Nullable String> chosen = search.parameters();
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

    /**
     * The competence areas with matches (or chosen) as a tree in the vocabulary's order. An area the vocabulary no
     * longer lists (deprecated, unknown) is a top-level leaf.
     */
    List<Area> areas(TraySearch search, Map<String, Map<String, Long>> counts) {
        Map<String, Long> byArea = counts.getOrDefault(AREA, Map.of());
        String selected = search.competenceArea();
        List<Area> roots = new ArrayList<>();
        List<List<Area>> levels = new ArrayList<>(List.of(roots));
        Set<String> placed = new HashSet<>();
        // the vocabulary in tree order: each concept follows its broader one, one level deeper
        for (Map.Entry<ReferenceData.Concept, Integer> entry : reference.conceptTree()) {
            String code = entry.getKey().code();
            int depth = Math.min(entry.getValue(), levels.size() - 1);
            List<Area> narrower = new ArrayList<>();
            levels.get(depth).add(new Area(code, reference.concept(code), byArea.getOrDefault(code, 0L),
                    code.equals(selected), narrower));
            levels.subList(depth + 1, levels.size()).clear();
            levels.add(narrower);
            placed.add(code);
        }
        byArea.forEach((code, count) -> {
            if (!placed.contains(code)) {
                roots.add(new Area(code, reference.concept(code), count, code.equals(selected), new ArrayList<>()));
                placed.add(code);
            }
        });
        if (selected != null && !placed.contains(selected)) {
            roots.add(new Area(selected, reference.concept(selected), 0, true, new ArrayList<>()));
        }
        return shown(roots);
    }

    private static List<Area> shown(List<Area> areas) {
        List<Area> shown = new ArrayList<>();
        for (Area area : areas) {
            List<Area> narrower = shown(area.narrower());
            if (area.count() > 0 || area.selected() || !narrower.isEmpty()) {
                shown.add(new Area(area.code(), area.label(), area.count(), area.selected(), List.copyOf(narrower)));
            }
        }
        return List.copyOf(shown);
    }

    String label(String facet, String value) {
        return switch (facet) {
            case AREA -> reference.concept(value);
            case "region" -> reference.region(value);
            default -> text(facet + "." + value, value);
        };
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
