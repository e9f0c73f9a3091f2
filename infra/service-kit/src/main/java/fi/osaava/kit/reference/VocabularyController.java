package fi.osaava.kit.reference;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/vocabulary} and {@code GET /api/regions} on every service, open to anyone: the
 * reference data this service validates codes against, so a client can see which version it talks to.
 */
@RestController
@Tag(name = "Reference data")
public class VocabularyController {

    public record Concept(String code, @Nullable String broader, List<String> narrower, Map<String, String> labels,
                         @Nullable String esco, boolean deprecated, @Nullable String replacedBy) {
    }

    public record Vocabulary(int version, List<Concept> concepts) {
    }

    public record Region(String code, String name) {
    }

    @GetMapping("/api/vocabulary")
    @Operation(summary = "The competence vocabulary (this service's version): concepts with fi/sv/en labels, broader and "
            + "narrower concepts; deprecated ones only with includeDeprecated=true")
    public Vocabulary vocabulary(@RequestParam(defaultValue = "false") boolean includeDeprecated) {
        ReferenceData data = ReferenceData.get();
        List<Concept> concepts = data.competenceConcepts().stream()
                .filter(concept -> includeDeprecated || !concept.deprecated())
                .map(concept -> new Concept(concept.code(), concept.broader(), narrower(data, concept.code()),
                        concept.labels(), concept.esco(), concept.deprecated(), concept.replacedBy()))
                .toList();
        return new Vocabulary(data.vocabularyVersion(), concepts);
    }

    @GetMapping("/api/regions")
    @Operation(summary = "The regions (Statistics Finland maakunta codes) with their names in fi, sv or en")
    public List<Region> regions(@RequestParam(defaultValue = "fi") String language) {
        ReferenceData data = ReferenceData.get();
        return data.regionCodes().stream().map(code -> new Region(code, data.regionName(code, language))).toList();
    }

    private static List<String> narrower(ReferenceData data, String code) {
        return data.competenceConcepts().stream()
                .filter(concept -> code.equals(concept.broader()))
                .map(CompetenceConcept::code)
                .toList();
    }
}
