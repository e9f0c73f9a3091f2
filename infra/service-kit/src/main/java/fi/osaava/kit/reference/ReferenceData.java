package fi.osaava.kit.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * The regions and the competence vocabulary, read from the files that {@code infra/contracts}
 * publishes (copied into this jar at build time, so every service of one release resolves the same
 * codes: a new vocabulary version reaches the services with their next build).
 *
 * <p>The vocabulary is hierarchical: {@link #withNarrower(String)} gives a concept and everything
 * below it, which is what a search or a match on a broader concept must include. A deprecated concept
 * still resolves (labels, hierarchy) so old needs and offerings keep their meaning, but new input may
 * not use it ({@link #isCurrentCompetenceArea(String)}).
 */
public final class ReferenceData {

    public static final String VOCABULARY = "reference/competence-vocabulary.v2.json";

    private static final ReferenceData INSTANCE = new ReferenceData(
            regions(read("reference/regions.v1.json")), read(VOCABULARY));

    private final Map<String, Map<String, String>> regions;
    private final int vocabularyVersion;
    private final Map<String, CompetenceConcept> concepts;
    private final Map<String, Set<String>> withNarrower;

    ReferenceData(Map<String, Map<String, String>> regions, JsonNode vocabulary) {
        this.regions = regions;
        this.vocabularyVersion = vocabulary.get("version").asInt();
        this.concepts = concepts(vocabulary);
        this.withNarrower = closure(concepts);
    }

    public static ReferenceData get() {
        return INSTANCE;
    }

    /** Only for tests of code that depends on the hierarchy: a vocabulary of their own making. */
    public static ReferenceData of(JsonNode vocabulary) {
        return new ReferenceData(INSTANCE.regions, vocabulary);
    }

    public boolean isRegion(String code) {
        return regions.containsKey(code);
    }

    /** Any concept of the vocabulary, deprecated ones included: what stored data may refer to. */
    public boolean isCompetenceArea(String code) {
        return concepts.containsKey(code);
    }

    /** A concept new input may use: known and not deprecated. */
    public boolean isCurrentCompetenceArea(String code) {
        CompetenceConcept concept = concepts.get(code);
        return concept != null && !concept.deprecated();
    }

    public Optional<CompetenceConcept> competenceConcept(String code) {
        return Optional.ofNullable(concepts.get(code));
    }

    /** Every concept in the vocabulary's order: each broader one before its narrower ones. */
    public Collection<CompetenceConcept> competenceConcepts() {
        return concepts.values();
    }

    public int vocabularyVersion() {
        return vocabularyVersion;
    }

    /** The concept and all its narrower concepts, at any depth; only the code itself when unknown. */
    public Set<String> withNarrower(String code) {
        return withNarrower.getOrDefault(code, Set.of(code));
    }

    /** The codes and all their narrower concepts. */
    public Set<String> withNarrower(Collection<String> codes) {
        Set<String> all = new LinkedHashSet<>();
        codes.forEach(code -> all.addAll(withNarrower(code)));
        return all;
    }

    /** The concept and its broader concepts up to the top, nearest first; only the code itself when unknown. */
    public List<String> withBroader(String code) {
        List<String> chain = new ArrayList<>();
        for (String at = code; at != null && !chain.contains(at); at = broaderOf(at)) {
            chain.add(at);
        }
        return chain;
    }

    /**
     * The concepts a match on {@code code} reaches: the concept, its narrower concepts at every depth and
     * its broader ones up to the top (not its siblings); for a deprecated concept also those of its
     * replacement, so old needs and offerings still meet new ones.
     */
    public Set<String> related(String code) {
        Set<String> related = new LinkedHashSet<>(withNarrower(code));
        related.addAll(withBroader(code));
        competenceConcept(code).flatMap(CompetenceConcept::replacement).filter(r -> !r.equals(code)).ifPresent(r -> {
            related.addAll(withNarrower(r));
            related.addAll(withBroader(r));
        });
        return related;
    }

    /** The concepts related to any of the codes. */
    public Set<String> related(Collection<String> codes) {
        Set<String> related = new LinkedHashSet<>();
        codes.forEach(code -> related.addAll(related(code)));
        return related;
    }

    /** The region's name in {@code fi}, {@code sv} or {@code en}; the code itself when unknown. */
    public String regionName(String code, String language) {
        Map<String, String> byLanguage = regions.get(code);
        return byLanguage == null ? code : byLanguage.getOrDefault(language, byLanguage.getOrDefault("fi", code));
    }

    /** The competence area's label in {@code fi}, {@code sv} or {@code en}; the code itself when unknown. */
    public String competenceAreaLabel(String code, String language) {
        CompetenceConcept concept = concepts.get(code);
        return concept == null ? code : concept.label(language);
    }

    public Set<String> regionCodes() {
        return regions.keySet();
    }

    /** Every code, deprecated ones included. */
    public Set<String> competenceAreaCodes() {
        return concepts.keySet();
    }

    private @Nullable String broaderOf(String code) {
        CompetenceConcept concept = concepts.get(code);
        return concept == null ? null : concept.broader();
    }

    private static Map<String, CompetenceConcept> concepts(JsonNode vocabulary) {
        Map<String, CompetenceConcept> concepts = new LinkedHashMap<>();
        for (JsonNode entry : vocabulary.get("concepts")) {
            concepts.put(entry.get("code").asString(), new CompetenceConcept(entry.get("code").asString(),
                    text(entry, "broader"), labels(entry), text(entry, "esco"),
                    entry.path("deprecated").asBoolean(false), text(entry, "replacedBy")));
        }
        for (CompetenceConcept concept : concepts.values()) {
            if (concept.broader() != null && !concepts.containsKey(concept.broader())) {
                throw new IllegalStateException("concept " + concept.code() + " has an unknown broader concept "
                        + concept.broader());
            }
            if (concept.replacedBy() != null && !concepts.containsKey(concept.replacedBy())) {
                throw new IllegalStateException("concept " + concept.code() + " is replaced by an unknown concept "
                        + concept.replacedBy());
            }
        }
        return Collections.unmodifiableMap(concepts);
    }

    /** For every concept, itself and everything below it; a cycle in the data is an error, not a hang. */
    private static Map<String, Set<String>> closure(Map<String, CompetenceConcept> concepts) {
        Map<String, Set<String>> below = new LinkedHashMap<>();
        concepts.keySet().forEach(code -> below.put(code, new LinkedHashSet<>(List.of(code))));
        for (CompetenceConcept concept : concepts.values()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String up = concept.broader(); up != null; up = concepts.get(up).broader()) {
                if (!seen.add(up) || up.equals(concept.code())) {
                    throw new IllegalStateException("the broader chain of " + concept.code() + " has a cycle");
                }
                below.get(up).add(concept.code());
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        below.forEach((code, codes) -> frozen.put(code, Collections.unmodifiableSet(codes)));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<String, String> labels(JsonNode entry) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("fi", "sv", "en")) {
            if (entry.hasNonNull(language)) {
                byLanguage.put(language, entry.get(language).asString());
            }
        }
        return Collections.unmodifiableMap(byLanguage);
    }

    private static @Nullable String text(JsonNode entry, String field) {
        return entry.hasNonNull(field) ? entry.get(field).asString() : null;
    }

    private static Map<String, Map<String, String>> regions(JsonNode root) {
        Map<String, Map<String, String>> regions = new LinkedHashMap<>();
        for (JsonNode entry : root.get("regions")) {
            regions.put(entry.get("code").asString(), labels(entry));
        }
        return Collections.unmodifiableMap(regions);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is not on the classpath");
            }
            return EventJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
