package fi.osaava.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The competence vocabulary every service resolves codes from: well-formed, and never losing a code. */
class CompetenceVocabularyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode vocabulary = JSON.readTree(EventContracts.resourceText(EventContracts.VOCABULARY));

    @Test
    void theVocabularyConformsToItsSchema() {
        assertThat(EventContracts.vocabularyViolations(EventContracts.resourceText(EventContracts.VOCABULARY))).isEmpty();
    }

    @Test
    void theSchemaRejectsADeprecatedConceptWithoutReplacementAndAMissingLabel() {
        ObjectNode broken = (ObjectNode) vocabulary.deepCopy();
        ((ObjectNode) broken.get("concepts").get(0)).put("deprecated", true);
        ((ObjectNode) broken.get("concepts").get(1)).remove("sv");

        assertThat(EventContracts.vocabularyViolations(JSON.writeValueAsString(broken)))
                .anySatisfy(v -> assertThat(v).contains("replacedBy"))
                .anySatisfy(v -> assertThat(v).contains("sv"));
    }

    @Test
    void noCodeOfAnEarlierVersionIsEverRemoved() {
        JsonNode v1 = JSON.readTree(EventContracts.resourceText("reference/competence-areas.v1.json"));
        Set<String> current = codes();
        List<String> v1Codes = new ArrayList<>();
        v1.get("areas").forEach(area -> v1Codes.add(area.get("code").asString()));

        assertThat(v1Codes).hasSize(15);
        assertThat(current).containsAll(v1Codes);
        assertThat(vocabulary.get("version").asInt()).isGreaterThan(v1.get("version").asInt());
    }

    @Test
    void codesAreUniqueAndEveryReferenceResolvesWithoutCycles() {
        Map<String, String> broader = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode concept : vocabulary.get("concepts")) {
            String code = concept.get("code").asString();
            assertThat(seen.add(code)).as("code %s appears once", code).isTrue();
            if (concept.hasNonNull("broader")) {
                broader.put(code, concept.get("broader").asString());
            }
        }
        for (JsonNode concept : vocabulary.get("concepts")) {
            String code = concept.get("code").asString();
            if (concept.hasNonNull("broader")) {
                assertThat(seen).as("broader of %s", code).contains(concept.get("broader").asString());
            }
            if (concept.hasNonNull("replacedBy")) {
                String replacement = concept.get("replacedBy").asString();
                assertThat(seen).as("replacement of %s", code).contains(replacement);
                assertThat(deprecated()).as("a replacement is itself current").doesNotContain(replacement);
            }
            Set<String> chain = new HashSet<>();
            for (String at = code; at != null; at = broader.get(at)) {
                assertThat(chain.add(at)).as("the broader chain of %s has no cycle", code).isTrue();
            }
        }
    }

    @Test
    void everyTopLevelAreaOfTheSoteFieldHasNarrowerConcepts() {
        Set<String> parents = new HashSet<>();
        List<String> top = new ArrayList<>();
        vocabulary.get("concepts").forEach(concept -> {
            if (concept.hasNonNull("broader")) {
                parents.add(concept.get("broader").asString());
            } else {
                top.add(concept.get("code").asString());
            }
        });
        assertThat(top).contains("medication-safety", "infection-prevention", "gerontological-care",
                "mental-health-substance-abuse", "child-protection", "rehabilitation", "emergency-care",
                "documentation", "client-information-systems", "client-patient-safety", "ethics-legislation",
                "multiprofessional-work", "leadership-change-management", "service-design", "wellbeing-at-work");
        assertThat(parents).containsAll(top);
    }

    static Set<String> eventTypes() {
        return EventContracts.eventTypes();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyExampleUsesCurrentCodesOfTheVocabulary(String type) {
        JsonNode example = JSON.readTree(EventContracts.example(type));
        Set<String> current = codes();
        current.removeAll(deprecated());
        List<String> used = new ArrayList<>();
        example.properties().forEach(field -> {
            if (field.getKey().startsWith("competenceAreas") && field.getValue().isArray()) {
                field.getValue().forEach(code -> used.add(code.asString()));
            }
        });
        assertThat(current).containsAll(used);
    }

    private Set<String> codes() {
        Set<String> codes = new HashSet<>();
        vocabulary.get("concepts").forEach(concept -> codes.add(concept.get("code").asString()));
        return codes;
    }

    private Set<String> deprecated() {
        Set<String> codes = new HashSet<>();
        vocabulary.get("concepts").forEach(concept -> {
            if (concept.path("deprecated").asBoolean(false)) {
                codes.add(concept.get("code").asString());
            }
        });
        return codes;
    }
}
