package fi.osaava.kit.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaava.kit.event.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * The regions and the competence vocabulary, read from the files that {@code infra/contracts}
 * publishes (copied into this jar at build time, so every service resolves the same codes).
 */
public final class ReferenceData {

    private static final ReferenceData INSTANCE = new ReferenceData(
            load("reference/regions.v1.json", "regions"),
            load("reference/competence-areas.v1.json", "areas"));

    private final Map<String, Map<String, String>> regions;
    private final Map<String, Map<String, String>> competenceAreas;

    private ReferenceData(Map<String, Map<String, String>> regions, Map<String, Map<String, String>> competenceAreas) {
        this.regions = regions;
        this.competenceAreas = competenceAreas;
    }

    public static ReferenceData get() {
        return INSTANCE;
    }

    public boolean isRegion(String code) {
        return regions.containsKey(code);
    }

    public boolean isCompetenceArea(String code) {
        return competenceAreas.containsKey(code);
    }

    /** The region's name in {@code fi}, {@code sv} or {@code en}; the code itself when unknown. */
    public String regionName(String code, String language) {
        return label(regions, code, language);
    }

    /** The competence area's label in {@code fi}, {@code sv} or {@code en}; the code itself when unknown. */
    public String competenceAreaLabel(String code, String language) {
        return label(competenceAreas, code, language);
    }

    public Set<String> regionCodes() {
        return regions.keySet();
    }

    public Set<String> competenceAreaCodes() {
        return competenceAreas.keySet();
    }

    private static String label(Map<String, Map<String, String>> labels, String code, String language) {
        Map<String, String> byLanguage = labels.get(code);
        if (byLanguage == null) {
            return code;
        }
        return byLanguage.getOrDefault(language, byLanguage.getOrDefault("fi", code));
    }

    private static Map<String, Map<String, String>> load(String resource, String arrayField) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is not on the classpath");
            }
            JsonNode root = EventJson.MAPPER.readTree(in);
            Map<String, Map<String, String>> labels = new LinkedHashMap<>();
            for (JsonNode entry : root.get(arrayField)) {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                for (String language : List.of("fi", "sv", "en")) {
                    if (entry.has(language)) {
                        byLanguage.put(language, entry.get(language).asString());
                    }
                }
                labels.put(entry.get("code").asString(), Collections.unmodifiableMap(byLanguage));
            }
            return Collections.unmodifiableMap(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
