package fi.osaava.kit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.EventJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

class ReferenceDataTest {

    private final ReferenceData shipped = ReferenceData.get();

    @Test
    void theShippedVocabularyIsHierarchicalAndKeepsEveryFirstVersionCode() {
        assertThat(shipped.vocabularyVersion()).isEqualTo(2);
        assertThat(shipped.withNarrower("medication-safety"))
                .contains("medication-safety", "medication-calculations", "pharmacotherapy-of-older-people")
                .doesNotContain("hand-hygiene");
        assertThat(shipped.withBroader("home-care")).containsExactly("home-care", "gerontological-care");
        assertThat(shipped.competenceAreaLabel("home-care", "sv")).isEqualTo("Hemvård");
        assertThat(shipped.isCurrentCompetenceArea("wellbeing-at-work")).isTrue();
        assertThat(shipped.isCompetenceArea("astrology")).isFalse();
        assertThat(shipped.withNarrower("astrology")).containsExactly("astrology");
    }

    @Test
    void narrowerConceptsAreFoundAtAnyDepthAndBroaderOnesUpToTheTop() {
        ReferenceData data = ReferenceData.of(EventJson.MAPPER.readTree("""
                {"version": 9, "concepts": [
                  {"code": "a", "fi": "A", "sv": "A", "en": "A"},
                  {"code": "a-1", "broader": "a", "fi": "A1", "sv": "A1", "en": "A1"},
                  {"code": "a-1-x", "broader": "a-1", "fi": "A1x", "sv": "A1x", "en": "A1x"},
                  {"code": "b", "fi": "B", "sv": "B", "en": "B"}]}"""));

        assertThat(data.withNarrower("a")).containsExactlyInAnyOrder("a", "a-1", "a-1-x");
        assertThat(data.withNarrower("a-1")).containsExactlyInAnyOrder("a-1", "a-1-x");
        assertThat(data.withNarrower(List.of("a-1", "b"))).containsExactlyInAnyOrder("a-1", "a-1-x", "b");
        assertThat(data.withBroader("a-1-x")).containsExactly("a-1-x", "a-1", "a");
        assertThat(data.vocabularyVersion()).isEqualTo(9);
    }

    @Test
    void aDeprecatedConceptStillResolvesButNewInputMayNotUseIt() {
        ReferenceData data = ReferenceData.of(EventJson.MAPPER.readTree("""
                {"version": 3, "concepts": [
                  {"code": "new", "fi": "Uusi", "sv": "Ny", "en": "New"},
                  {"code": "old", "fi": "Vanha", "sv": "Gammal", "en": "Old", "deprecated": true, "replacedBy": "new"}]}"""));

        assertThat(data.isCompetenceArea("old")).isTrue();
        assertThat(data.isCurrentCompetenceArea("old")).isFalse();
        assertThat(data.competenceAreaLabel("old", "en")).isEqualTo("Old");
        assertThat(data.competenceConcept("old").flatMap(CompetenceConcept::replacement)).contains("new");
    }

    @Test
    void relatedConceptsAreTheConceptItsNarrowerAndBroaderOnesButNoSiblingsAndReachAReplacement() {
        ReferenceData data = ReferenceData.of(EventJson.MAPPER.readTree("""
                {"version": 4, "concepts": [
                  {"code": "a", "fi": "A", "sv": "A", "en": "A"},
                  {"code": "a-1", "broader": "a", "fi": "A1", "sv": "A1", "en": "A1"},
                  {"code": "a-1-x", "broader": "a-1", "fi": "A1x", "sv": "A1x", "en": "A1x"},
                  {"code": "a-2", "broader": "a", "fi": "A2", "sv": "A2", "en": "A2"},
                  {"code": "old", "fi": "O", "sv": "O", "en": "O", "deprecated": true, "replacedBy": "a-2"}]}"""));

        assertThat(data.related("a-1")).containsExactlyInAnyOrder("a-1", "a-1-x", "a");
        assertThat(data.related("old")).containsExactlyInAnyOrder("old", "a-2", "a");
        assertThat(data.related(List.of("a-1-x", "a-2"))).containsExactlyInAnyOrder("a-1-x", "a-1", "a", "a-2");
    }

    @Test
    void aBrokenVocabularyIsRefusedAtLoadingNotDiscoveredLater() {
        assertThatIllegalStateException().isThrownBy(() -> ReferenceData.of(EventJson.MAPPER.readTree("""
                {"version": 1, "concepts": [{"code": "x", "broader": "missing", "fi": "X", "sv": "X", "en": "X"}]}""")))
                .withMessageContaining("missing");
        assertThatIllegalStateException().isThrownBy(() -> ReferenceData.of(EventJson.MAPPER.readTree("""
                {"version": 1, "concepts": [
                  {"code": "x", "broader": "y", "fi": "X", "sv": "X", "en": "X"},
                  {"code": "y", "broader": "x", "fi": "Y", "sv": "Y", "en": "Y"}]}""")))
                .withMessageContaining("cycle");
    }

    record Input(List<@CompetenceAreaCode String> areas) {
    }

    @Test
    void theValidatorAcceptsCurrentCodesAtAnyLevelAndRejectsUnknownOnes() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

        assertThat(validator.validate(new Input(List.of("medication-safety", "medication-calculations")))).isEmpty();
        assertThat(validator.validate(new Input(List.of("home-care", "astrology"))))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.getPropertyPath().toString()).isEqualTo("areas[1].<list element>");
                    assertThat(violation.getMessage()).isEqualTo("is not a code of the competence vocabulary");
                });
        assertThat(Set.copyOf(shipped.competenceAreaCodes())).hasSize(50);
    }
}
