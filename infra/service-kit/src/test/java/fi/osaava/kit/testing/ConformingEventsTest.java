package fi.osaava.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.testing.ConformingEvents.Instance;
import fi.osaava.kit.testing.ConformingEvents.Shape;
import tools.jackson.databind.JsonNode;

class ConformingEventsTest {

    @Test
    void everyInstanceOfEveryContractConformsToItsSchema() {
        for (String type : EventContracts.eventTypes()) {
            List<Instance> instances = ConformingEvents.of(type, 40);

            assertThat(instances).hasSize(43).allSatisfy(instance ->
                    assertThat(EventContracts.violations(type, instance.json())).as(instance.toString()).isEmpty());
        }
    }

    @Test
    void theMinimalInstanceHasOnlyTheRequiredPropertiesAndNullsWhereAllowed() {
        JsonNode minimal = ConformingEvents.of(EventContracts.ANNUAL_CLOCK_ENTRY_DUE, Shape.MINIMAL, 0).data();
        JsonNode need = ConformingEvents.of(EventContracts.COMPETENCE_NEED_PUBLISHED, Shape.MINIMAL, 0).data();
        JsonNode meeting = ConformingEvents.of(EventContracts.MEETING_SCHEDULED, Shape.MINIMAL, 0).data();

        assertThat(minimal.get("title").propertyNames()).containsExactly("fi");
        assertThat(minimal.get("description").asString()).isEmpty();
        assertThat(need.has("actedBy")).isFalse();
        assertThat(meeting.get("chair").isNull()).isTrue();
        assertThat(meeting.get("place").isNull()).isTrue();
    }

    @Test
    void theNullsInstanceSetsEveryNullableLanguageToNull() {
        JsonNode nulls = ConformingEvents.of(EventContracts.ANNUAL_CLOCK_ENTRY_DUE, Shape.NULLS, 0).data();

        assertThat(nulls.get("title").get("sv").isNull()).isTrue();
        assertThat(nulls.get("title").get("en").isNull()).isTrue();
        assertThat(nulls.get("title").get("fi").asString()).isNotBlank();
    }

    @Test
    void variedInstancesLeaveOptionalPropertiesOutSetThemToNullAndFillThem() {
        List<JsonNode> varied = ConformingEvents.of(EventContracts.ANNUAL_CLOCK_ENTRY_DUE, 30).stream()
                .map(Instance::data).toList();

        assertThat(varied).anySatisfy(data -> assertThat(data.get("title").has("sv")).isFalse());
        assertThat(varied).anySatisfy(data -> assertThat(data.get("title").path("sv").isNull()).isTrue());
        assertThat(varied).anySatisfy(data -> assertThat(data.get("title").path("sv").isString()).isTrue());
        assertThat(varied).anySatisfy(data -> assertThat(data.propertyNames()).anyMatch(n -> n.startsWith("unknown")));
    }

    @Test
    void codesComeFromTheReferenceData() {
        for (Instance instance : ConformingEvents.of(EventContracts.OFFERING_PUBLISHED, 20)) {
            JsonNode data = instance.data();

            data.get("regions").forEach(region -> assertThat(ReferenceData.get().isRegion(region.asString())).isTrue());
            data.get("competenceAreas").forEach(area ->
                    assertThat(ReferenceData.get().isCurrentCompetenceArea(area.asString())).as(instance.toString()).isTrue());
        }
    }

    @Test
    void theAsyncApiDocumentNamesTheTypesOfATopicAndTheirKeys() {
        assertThat(EventTopics.typesOn("membership.governance.v1")).contains(EventContracts.ANNUAL_CLOCK_ENTRY_DUE)
                .hasSize(6);
        assertThat(EventTopics.typesOn("provider\\..+\\.offerings\\.v1")).containsExactlyInAnyOrder(
                EventContracts.PROVIDER_OFFERING_UPSERTED, EventContracts.PROVIDER_OFFERING_WITHDRAWN);
        assertThat(EventTopics.keyProperty(EventContracts.ANNUAL_CLOCK_ENTRY_DUE)).isEqualTo("entryId");
        assertThat(EventTopics.keyProperty(EventContracts.PROVIDER_OFFERING_UPSERTED)).isEqualTo("externalId");
    }

    @Test
    void theReadmeNamesWhoConsumesWhatWithItsAbbreviationsSpelledOut() {
        Path readme = Path.of("../../README.md");

        assertThat(EventTopics.consumedBy("needs", readme)).containsExactlyInAnyOrder(EventContracts.OFFERING_PUBLISHED,
                EventContracts.OFFERING_UPDATED, EventContracts.OFFERING_WITHDRAWN, EventContracts.OFFERING_ARCHIVED);
        assertThat(EventTopics.consumedBy("notification", readme)).contains(EventContracts.ANNUAL_CLOCK_ENTRY_DUE,
                EventContracts.MEETING_AGENDA_PUBLISHED, EventContracts.PASSIVE_MEMBER_ERASED,
                EventContracts.COMPETENCE_NEED_UPDATED, EventContracts.ECOSYSTEM_UPDATED)
                .doesNotContain(EventContracts.ALERT_RAISED, EventContracts.PROVIDER_OFFERING_UPSERTED);
        assertThat(EventTopics.consumedBy("catalogue", readme)).contains(EventContracts.PROVIDER_OFFERING_UPSERTED,
                EventContracts.PROVIDER_OFFERING_WITHDRAWN);
    }
}
