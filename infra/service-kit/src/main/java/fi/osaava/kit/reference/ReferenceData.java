package fi.osaava.kit.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

    private final Map<String, String> regions;
    private final Map<String, String> competenceAreas;

    private ReferenceData(Map<String, String> regions, Map<String, String> competenceAreas) {
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

    /** Code to Finnish name, e.g. {@code 11 → Pohjois-Savo}. */
    public Map<String, String> regions() {
        return regions;
    }

    /** Code to English label, e.g. {@code medication-safety → Medication safety}. */
    public Map<String, String> competenceAreas() {
        return competenceAreas;
    }

    private static Map<String, String> load(String resource, String arrayField) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is not on the classpath");
            }
            JsonNode root = EventJson.MAPPER.readTree(in);
            Map<String, String> labels = new LinkedHashMap<>();
            for (JsonNode entry : root.get(arrayField)) {
                String label = entry.has("en") ? entry.get("en").asString() : entry.get("fi").asString();
                if ("regions".equals(arrayField)) {
                    label = entry.get("fi").asString();
                }
                labels.put(entry.get("code").asString(), label);
            }
            return Collections.unmodifiableMap(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
