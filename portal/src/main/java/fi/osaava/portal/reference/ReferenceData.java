package fi.osaava.portal.reference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceUnavailableException;
import fi.osaava.portal.language.Languages;

/**
 * The competence vocabulary and the regions, as catalogue-service validates against them, fetched once and kept
 * for an hour. While catalogue-service is down, codes stand in for labels and the next page tries again after
 * half a minute: a label is never worth an error page.
 */
@Component
public class ReferenceData {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration RETRY = Duration.ofSeconds(30);

    /** A concept of the vocabulary with its labels by language. */
    public record Concept(String code, @Nullable String broader, Map<String, String> labels, boolean deprecated) {
    }

    record VocabularyMessage(int version, List<Concept> concepts) {
    }

    record RegionMessage(String code, String name) {
    }

    /** What was loaded, and the concept tree in each language as first asked (sorted by the labels of that language). */
    private record Loaded(Map<String, Concept> concepts, Map<String, Map<String, String>> regionsByLanguage,
                          Instant until, Map<String, List<Map.Entry<Concept, Integer>>> trees) {

        Loaded(Map<String, Concept> concepts, Map<String, Map<String, String>> regionsByLanguage, Instant until) {
            this(concepts, regionsByLanguage, until, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private final ServiceApis apis;
    private final Clock clock;
    private volatile Loaded loaded = new Loaded(Map.of(), Map.of(), Instant.MIN);

    @org.springframework.beans.factory.annotation.Autowired
    public ReferenceData(ServiceApis apis) {
        this(apis, Clock.systemUTC());
    }

    ReferenceData(ServiceApis apis, Clock clock) {
        this.apis = apis;
        this.clock = clock;
    }

    /** The concept's label in the person's language (falling back to another language, then the code). */
    public String concept(String code) {
        Concept concept = current().concepts().get(code);
        String label = concept == null ? null : Languages.pick(concept.labels());
        return label == null ? code : label;
    }

    /** The concepts' labels in the person's language, comma-separated: a table cell of a long list in one call. */
    public String concepts(List<String> codes) {
        StringBuilder labels = new StringBuilder();
        for (String code : codes) {
            if (!labels.isEmpty()) {
                labels.append(", ");
            }
            labels.append(concept(code));
        }
        return labels.toString();
    }

    /** The region's name in the person's language, else its code. */
    public String region(String code) {
        Map<String, String> names = current().regionsByLanguage().getOrDefault(Languages.current(), Map.of());
        return names.getOrDefault(code, code);
    }

    /** The regions in code order: code → name in the person's language. */
    public Map<String, String> regions() {
        return current().regionsByLanguage().getOrDefault(Languages.current(), Map.of());
    }

    /** The current concepts in tree order (each followed by its narrower ones), with their depth. */
    public List<Map.Entry<Concept, Integer>> conceptTree() {
        Loaded now = current();
        return now.trees().computeIfAbsent(Languages.current(), language -> {
            List<Map.Entry<Concept, Integer>> tree = new ArrayList<>();
            addChildren(now.concepts(), null, 0, tree);
            return List.copyOf(tree);
        });
    }

    private void addChildren(Map<String, Concept> concepts, @Nullable String parent, int depth,
                             List<Map.Entry<Concept, Integer>> tree) {
        concepts.values().stream()
                .filter(concept -> !concept.deprecated())
                .filter(concept -> parent == null ? concept.broader() == null : parent.equals(concept.broader()))
                .sorted(Comparator.comparing((Concept concept) -> concept(concept.code())))
                .forEach(concept -> {
                    tree.add(Map.entry(concept, depth));
                    addChildren(concepts, concept.code(), depth + 1, tree);
                });
    }

    private Loaded current() {
        Loaded now = loaded;
        if (clock.instant().isBefore(now.until())) {
            return now;
        }
        synchronized (this) {
            if (clock.instant().isBefore(loaded.until())) {
                return loaded;
            }
            try {
                loaded = load();
            } catch (ServiceUnavailableException | fi.osaava.portal.api.ServiceProblem e) {
                log.warn("Reference data not loaded ({}); showing codes, trying again in {}", e.getMessage(), RETRY);
                loaded = new Loaded(loaded.concepts(), loaded.regionsByLanguage(), clock.instant().plus(RETRY));
            }
            return loaded;
        }
    }

    private Loaded load() {
        VocabularyMessage vocabulary = apis.of(OsaavaService.CATALOGUE).get()
                .uri("/api/vocabulary?includeDeprecated=true").retrieve().body(VocabularyMessage.class);
        Map<String, Concept> concepts = new LinkedHashMap<>();
        if (vocabulary != null) {
            vocabulary.concepts().forEach(concept -> concepts.put(concept.code(), concept));
        }
        Map<String, Map<String, String>> regions = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            RegionMessage[] names = apis.of(OsaavaService.CATALOGUE).get()
                    .uri("/api/regions?language={language}", language).retrieve().body(RegionMessage[].class);
            Map<String, String> byCode = new LinkedHashMap<>();
            if (names != null) {
                for (RegionMessage region : names) {
                    byCode.put(region.code(), region.name());
                }
            }
            regions.put(language, byCode);
        }
        return new Loaded(Map.copyOf(concepts), regions, clock.instant().plus(KEEP));
    }
}
