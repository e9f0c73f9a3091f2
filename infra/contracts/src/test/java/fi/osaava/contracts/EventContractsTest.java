package fi.osaava.contracts;

import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_PUBLISHED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_UPDATED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_ANSWERED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_COVERAGE_GAINED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_COVERED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_COVERAGE_LOST;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_CLOSED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_WITHDRAWN;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_PRIORITISED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_ENDORSED;
import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN;
import static fi.osaava.contracts.EventContracts.ALERT_RAISED;
import static fi.osaava.contracts.EventContracts.ANNUAL_CLOCK_ENTRY_DUE;
import static fi.osaava.contracts.EventContracts.CONTACT_PERSON_ERASED;
import static fi.osaava.contracts.EventContracts.ECOSYSTEM_FOUNDED;
import static fi.osaava.contracts.EventContracts.ECOSYSTEM_UPDATED;
import static fi.osaava.contracts.EventContracts.PARTICIPATION_CHANGED;
import static fi.osaava.contracts.EventContracts.MEETING_AGENDA_PUBLISHED;
import static fi.osaava.contracts.EventContracts.MEETING_CANCELLED;
import static fi.osaava.contracts.EventContracts.MEETING_DECISIONS_RECORDED;
import static fi.osaava.contracts.EventContracts.MEETING_SCHEDULED;
import static fi.osaava.contracts.EventContracts.MEETING_UPCOMING;
import static fi.osaava.contracts.EventContracts.ORGANISATION_CONTACTS_CHANGED;
import static fi.osaava.contracts.EventContracts.ORGANISATION_PROFILE_CHANGED;
import static fi.osaava.contracts.EventContracts.OFFERING_ARCHIVED;
import static fi.osaava.contracts.EventContracts.OFFERING_PUBLISHED;
import static fi.osaava.contracts.EventContracts.OFFERING_UPDATED;
import static fi.osaava.contracts.EventContracts.OFFERING_WITHDRAWN;
import static fi.osaava.contracts.EventContracts.ORGANISATION_REGISTERED;
import static fi.osaava.contracts.EventContracts.PRE_REGISTRATION_CANCELLED;
import static fi.osaava.contracts.EventContracts.PRE_REGISTRATION_CHANGED;
import static fi.osaava.contracts.EventContracts.OFFERING_EVALUATED;
import static fi.osaava.contracts.EventContracts.PRE_REGISTRATION_COMMITTED;
import static fi.osaava.contracts.EventContracts.PRE_REGISTRATION_REGISTERED;
import static fi.osaava.contracts.EventContracts.PROVIDER_OFFERING_UPSERTED;
import static fi.osaava.contracts.EventContracts.PROVIDER_OFFERING_WITHDRAWN;
import static fi.osaava.contracts.EventContracts.PASSIVE_MEMBER_CONFIRMED;
import static fi.osaava.contracts.EventContracts.PASSIVE_MEMBER_ERASED;
import static fi.osaava.contracts.EventContracts.PASSIVE_MEMBER_LEFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class EventContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Set<String> eventTypes() {
        return EventContracts.eventTypes();
    }

    /** The types whose data names competence areas, and so carries the vocabulary's codes. */
    static Set<String> typesWithCompetenceAreas() {
        return Set.of(ORGANISATION_REGISTERED, ORGANISATION_PROFILE_CHANGED, OFFERING_PUBLISHED, COMPETENCE_NEED_PUBLISHED, OFFERING_UPDATED,
                PROVIDER_OFFERING_UPSERTED, COMPETENCE_NEED_UPDATED, COMPETENCE_NEED_ANSWERED,
                COMPETENCE_NEED_COVERAGE_GAINED, PASSIVE_MEMBER_CONFIRMED, ALERT_RAISED);
    }

    @Test
    void knowsExactlyThePublishedEventTypes() {
        assertThat(EventContracts.eventTypes()).containsExactly(ORGANISATION_REGISTERED, ORGANISATION_CONTACTS_CHANGED,
                CONTACT_PERSON_ERASED, OFFERING_PUBLISHED, COMPETENCE_NEED_PUBLISHED, OFFERING_UPDATED,
                OFFERING_WITHDRAWN, PROVIDER_OFFERING_UPSERTED, PROVIDER_OFFERING_WITHDRAWN, OFFERING_ARCHIVED,
                PRE_REGISTRATION_REGISTERED, PRE_REGISTRATION_CHANGED, PRE_REGISTRATION_COMMITTED,
                PRE_REGISTRATION_CANCELLED, OFFERING_EVALUATED, COMPETENCE_NEED_UPDATED, COMPETENCE_NEED_ANSWERED,
                COMPETENCE_NEED_COVERAGE_GAINED, COMPETENCE_NEED_COVERED, COMPETENCE_NEED_COVERAGE_LOST,
                COMPETENCE_NEED_CLOSED, COMPETENCE_NEED_WITHDRAWN,
                COMPETENCE_NEED_PRIORITISED, COMPETENCE_NEED_ENDORSED, COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN,
                ECOSYSTEM_FOUNDED, ECOSYSTEM_UPDATED, PARTICIPATION_CHANGED,
                PASSIVE_MEMBER_CONFIRMED, PASSIVE_MEMBER_LEFT, PASSIVE_MEMBER_ERASED,
                MEETING_SCHEDULED, MEETING_AGENDA_PUBLISHED, MEETING_CANCELLED, MEETING_DECISIONS_RECORDED,
                MEETING_UPCOMING, ANNUAL_CLOCK_ENTRY_DUE, ALERT_RAISED, ORGANISATION_PROFILE_CHANGED);
    }

    @Test
    void eventTypesMatchTheSchemaAndExampleFilesInTheResources() throws URISyntaxException {
        URL dir = Objects.requireNonNull(getClass().getClassLoader().getResource("events"));
        String[] files = Objects.requireNonNull(new File(dir.toURI()).list());
        Set<String> schemaTypes = typesWithSuffix(files, ".schema.json");
        Set<String> exampleTypes = typesWithSuffix(files, ".example.json");

        assertThat(schemaTypes).containsExactlyInAnyOrderElementsOf(EventContracts.eventTypes());
        assertThat(exampleTypes).containsExactlyInAnyOrderElementsOf(EventContracts.eventTypes());
        assertThat(files).hasSize(2 * EventContracts.eventTypes().size());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyExampleConformsToItsSchema(String type) {
        assertThat(EventContracts.violations(type, EventContracts.example(type))).isEmpty();
        assertThatCode(() -> EventContracts.assertConforms(type, EventContracts.example(type))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everySchemaIsDraft2020WithTheContractIdAndAllowsAdditionalProperties(String type) {
        JsonNode schema = JSON.readTree(EventContracts.schema(type));

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString())
                .isEqualTo("https://osaava.fi/contracts/events/" + type + ".schema.json")
                .isEqualTo(EventContracts.schemaId(type));
        assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("typesWithCompetenceAreas")
    void competenceAreaCodesAreCheckedForFormOnlySoTheVocabularyCanGrowWithoutANewEventVersion(String type) {
        JsonNode code = JSON.readTree(EventContracts.schema(type)).at("/$defs/competenceAreaCode");
        if (code.isMissingNode()) {
            return;
        }
        assertThat(code.has("enum")).as("an enum of codes would reject the vocabulary's next concepts").isFalse();
        assertThat(code.get("pattern").asString()).isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat(EventContracts.violations(type, exampleWith(type, data -> firstCompetenceArray(data)
                .ifPresent(areas -> areas.set(0, "Not A Code"))))).anySatisfy(v -> assertThat(v).contains("pattern"));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aPayloadMissingAnyRequiredFieldIsRejectedNamingTheField(String type) {
        JsonNode required = JSON.readTree(EventContracts.schema(type)).get("required");
        assertThat(required).isNotEmpty();

        required.forEach(field -> {
            String name = field.asString();
            List<String> violations = EventContracts.violations(type, exampleWith(type, data -> data.remove(name)));
            assertThat(violations).as("violations without %s", name).anySatisfy(v -> assertThat(v).contains(name));
        });
    }

    @Test
    void aRegionCodeThatIsNotTwoDigitsIsRejectedNamingTheField() {
        String organisation = exampleWith(ORGANISATION_REGISTERED,
                data -> data.putArray("regions").add("11").add("Pohjois-Savo"));
        String need = exampleWith(COMPETENCE_NEED_PUBLISHED, data -> data.put("region", "111"));

        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, organisation))
                .singleElement().asString().contains("regions[1]");
        assertThat(EventContracts.violations(COMPETENCE_NEED_PUBLISHED, need))
                .singleElement().asString().contains("region");
    }

    @Test
    void aMalformedCompetenceAreaCodeIsRejectedNamingTheFieldWhileANewWellFormedOneIsLeftToTheServices() {
        String offering = exampleWith(OFFERING_PUBLISHED,
                data -> data.putArray("competenceAreas").add("medication-safety").add("astrology?"));
        String newerVocabulary = exampleWith(OFFERING_PUBLISHED,
                data -> data.putArray("competenceAreas").add("a-concept-of-a-later-vocabulary"));
        String organisation = exampleWith(ORGANISATION_REGISTERED,
                data -> data.putArray("competenceAreasOfInterest").add("Medication safety"));

        assertThat(EventContracts.violations(OFFERING_PUBLISHED, offering))
                .singleElement().asString().contains("competenceAreas[1]");
        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, organisation))
                .singleElement().asString().contains("competenceAreasOfInterest[0]");
        assertThat(EventContracts.violations(OFFERING_PUBLISHED, newerVocabulary)).isEmpty();
    }

    @Test
    void aMalformedContactEmailIsRejectedNamingTheField() {
        String organisation = exampleWith(ORGANISATION_REGISTERED, data -> data.put("contactEmail", "koulutus.demo-amk.example.org"));

        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, organisation))
                .singleElement().asString().contains("contactEmail");
    }

    @Test
    void aTimestampThatIsNotAnRfc3339DateTimeIsRejectedNamingTheField() {
        String withoutOffset = exampleWith(COMPETENCE_NEED_PUBLISHED, data -> data.put("publishedAt", "2026-02-10T08:15:00"));
        String impossibleDate = exampleWith(OFFERING_PUBLISHED, data -> data.put("publishedAt", "2026-02-30T12:00:00Z"));
        String dateOnly = exampleWith(ORGANISATION_REGISTERED, data -> data.put("registeredAt", "2026-01-15"));

        assertThat(EventContracts.violations(COMPETENCE_NEED_PUBLISHED, withoutOffset))
                .singleElement().asString().contains("publishedAt");
        assertThat(EventContracts.violations(OFFERING_PUBLISHED, impossibleDate))
                .singleElement().asString().contains("publishedAt");
        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, dateOnly))
                .singleElement().asString().contains("registeredAt");
    }

    @ParameterizedTest
    @MethodSource("passiveMemberEndings")
    void aPassiveMemberLeavingOrErasedNamesTheAddressOnlyByItsHash(String type) {
        assertThat(EventContracts.example(type)).doesNotContain("@");
        String plainAddress = exampleWith(type, data -> data.put("emailSha256", "palvelut@pieni-hoivakoti.example.org"));
        String withAddress = exampleWith(type, data -> data.put("email", "palvelut@pieni-hoivakoti.example.org"));
        String withName = exampleWith(type, data -> data.put("organisationName", "Pieni hoivakoti Oy"));

        assertThat(EventContracts.violations(type, plainAddress)).singleElement().asString().contains("emailSha256");
        assertThat(EventContracts.violations(type, withAddress)).isNotEmpty();
        assertThat(EventContracts.violations(type, withName)).isNotEmpty();
    }

    static Set<String> passiveMemberEndings() {
        return Set.of(PASSIVE_MEMBER_LEFT, PASSIVE_MEMBER_ERASED);
    }

    @Test
    void aPassiveMemberEndingNamesTheAddressOfTheConfirmedExampleByItsHash() throws Exception {
        String address = JSON.readTree(EventContracts.example(PASSIVE_MEMBER_CONFIRMED)).get("email").asString();
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(address.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(JSON.readTree(EventContracts.example(PASSIVE_MEMBER_LEFT)).get("emailSha256").asString()).isEqualTo(hash);
        assertThat(JSON.readTree(EventContracts.example(PASSIVE_MEMBER_ERASED)).get("emailSha256").asString()).isEqualTo(hash);
    }

    @Test
    void anErasureNamesTheAddressOnlyByItsHashAndCarriesNoPersonalData() {
        assertThat(EventContracts.example(CONTACT_PERSON_ERASED)).doesNotContain("@");
        String plainAddress = exampleWith(CONTACT_PERSON_ERASED, data -> data.put("emailSha256", "erik@demo-amk.example.org"));
        String upperCaseHex = exampleWith(CONTACT_PERSON_ERASED,
                data -> data.put("emailSha256", data.get("emailSha256").asString().toUpperCase()));
        String withAddress = exampleWith(CONTACT_PERSON_ERASED, data -> data.put("email", "erik@demo-amk.example.org"));
        String withName = exampleWith(CONTACT_PERSON_ERASED, data -> data.put("name", "Erik"));

        assertThat(EventContracts.violations(CONTACT_PERSON_ERASED, plainAddress)).singleElement().asString().contains("emailSha256");
        assertThat(EventContracts.violations(CONTACT_PERSON_ERASED, upperCaseHex)).singleElement().asString().contains("emailSha256");
        assertThat(EventContracts.violations(CONTACT_PERSON_ERASED, withAddress)).isNotEmpty();
        assertThat(EventContracts.violations(CONTACT_PERSON_ERASED, withName)).isNotEmpty();
    }

    @Test
    void aContactPersonNeedsAValidAddressAndOneOfTheThreeLanguages() {
        String badAddress = exampleWith(ORGANISATION_CONTACTS_CHANGED,
                data -> ((ObjectNode) data.get("contactPersons").get(0)).put("email", "aino.demo-amk.example.org"));
        String badLanguage = exampleWith(ORGANISATION_CONTACTS_CHANGED,
                data -> ((ObjectNode) data.get("contactPersons").get(1)).put("language", "de"));

        assertThat(EventContracts.violations(ORGANISATION_CONTACTS_CHANGED, badAddress))
                .singleElement().asString().contains("contactPersons[0].email");
        assertThat(EventContracts.violations(ORGANISATION_CONTACTS_CHANGED, badLanguage))
                .singleElement().asString().contains("contactPersons[1].language");
    }

    @Test
    void aRegistrationWithoutAKindStillConformsButAKindOutsideTheThreeIsRejectedNamingTheField() {
        String writtenBeforeKinds = exampleWith(ORGANISATION_REGISTERED, data -> data.remove("kind"));
        String unknownKind = exampleWith(ORGANISATION_REGISTERED, data -> data.put("kind", "UNIVERSITY"));

        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, writtenBeforeKinds)).isEmpty();
        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, unknownKind)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("kind"));
    }

    @Test
    void aChangedProfileKeepsAtLeastOneRegionAValidAddressAndAnHttpsWebsiteOrNone() {
        String noRegion = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.putArray("regions"));
        String regionName = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.putArray("regions").add("Pohjois-Savo"));
        String badAddress = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.put("contactEmail", "koulutus.demo-amk"));
        String plainHttp = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.put("website", "http://demo-amk.example.org"));
        String noWebsite = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.putNull("website"));
        String unknownGroup = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.putArray("targetGroups").add("STUDENTS"));
        String noRevision = exampleWith(ORGANISATION_PROFILE_CHANGED, data -> data.remove("revision"));

        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, noRegion)).singleElement().asString().contains("regions");
        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, regionName)).singleElement().asString()
                .contains("regions[0]");
        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, badAddress)).singleElement().asString()
                .contains("contactEmail");
        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, plainHttp)).singleElement().asString()
                .contains("website");
        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, noWebsite)).isEmpty();
        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, unknownGroup)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("targetGroups[0]"));
        assertThat(EventContracts.violations(ORGANISATION_PROFILE_CHANGED, noRevision)).singleElement().asString()
                .contains("revision");
    }

    @Test
    void aChangedProfileNeverCarriesWhatOnlyRegistrationOrTheCoordinatorsDecisionsSet() {
        JsonNode properties = JSON.readTree(EventContracts.schema(ORGANISATION_PROFILE_CHANGED)).get("properties");
        JsonNode example = JSON.readTree(EventContracts.example(ORGANISATION_PROFILE_CHANGED));
        JsonNode registered = JSON.readTree(EventContracts.example(ORGANISATION_REGISTERED));

        for (String fixed : List.of("name", "businessId", "type", "ring", "status")) {
            assertThat(properties.has(fixed)).as(fixed).isFalse();
            assertThat(example.has(fixed)).as(fixed).isFalse();
        }
        assertThat(example.get("organisationId")).isEqualTo(registered.get("organisationId"));
        assertThat(example.get("revision").asLong()).isGreaterThan(registered.get("revision").asLong());
    }

    @Test
    void aBusinessIdThatIsNotAYTunnusIsRejectedNamingTheField() {
        String organisation = exampleWith(ORGANISATION_REGISTERED, data -> data.put("businessId", "00000019"));

        assertThat(EventContracts.violations(ORGANISATION_REGISTERED, organisation))
                .singleElement().asString().contains("businessId");
    }

    @Test
    void aNeedTitleLongerThan200CharactersIsRejected() {
        String need = exampleWith(COMPETENCE_NEED_PUBLISHED, data -> data.put("title", "x".repeat(201)));

        assertThat(EventContracts.violations(COMPETENCE_NEED_PUBLISHED, need))
                .singleElement().asString().contains("title");
        assertThat(EventContracts.violations(COMPETENCE_NEED_PUBLISHED,
                exampleWith(COMPETENCE_NEED_PUBLISHED, data -> data.put("title", "x".repeat(200))))).isEmpty();
    }

    @Test
    void aDesiredOrExpectedStartIsAnIsoDateOrNullNamingTheFieldWhenNot() {
        String withoutTiming = exampleWith(COMPETENCE_NEED_PUBLISHED, data -> {
            data.remove("earliestStart");
            data.remove("latestStart");
        });
        String openEnded = exampleWith(COMPETENCE_NEED_UPDATED, data -> data.putNull("latestStart"));
        String instant = exampleWith(COMPETENCE_NEED_PUBLISHED, data -> data.put("earliestStart", "2026-09-01T00:00:00Z"));
        String finnishDate = exampleWith(COMPETENCE_NEED_UPDATED, data -> data.put("latestStart", "31.5.2027"));
        String impossibleDate = exampleWith(COMPETENCE_NEED_ANSWERED, data -> data.put("expectedStart", "2027-02-30"));

        assertThat(EventContracts.violations(COMPETENCE_NEED_PUBLISHED, withoutTiming)).isEmpty();
        assertThat(EventContracts.violations(COMPETENCE_NEED_UPDATED, openEnded)).isEmpty();
        assertThat(EventContracts.violations(COMPETENCE_NEED_PUBLISHED, instant)).singleElement().asString()
                .contains("earliestStart");
        assertThat(EventContracts.violations(COMPETENCE_NEED_UPDATED, finnishDate)).singleElement().asString()
                .contains("latestStart");
        assertThat(EventContracts.violations(COMPETENCE_NEED_ANSWERED, impossibleDate)).singleElement().asString()
                .contains("expectedStart");
    }

    @Test
    void aNeedEventCarriesOnlyAStatusItsTransitionCanLeave() {
        String lostButCovered = exampleWith(COMPETENCE_NEED_COVERAGE_LOST, data -> data.put("status", "COVERED"));
        String closedTwice = exampleWith(COMPETENCE_NEED_CLOSED, data -> data.put("previousStatus", "CLOSED"));
        String draftWithdrawn = exampleWith(COMPETENCE_NEED_WITHDRAWN, data -> data.put("previousStatus", "DRAFT"));
        String answeredPublished = exampleWith(COMPETENCE_NEED_ANSWERED, data -> data.put("status", "PUBLISHED"));
        String gainedClosed = exampleWith(COMPETENCE_NEED_COVERAGE_GAINED, data -> data.put("status", "CLOSED"));

        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERAGE_LOST, lostButCovered)).singleElement().asString()
                .contains("status");
        assertThat(EventContracts.violations(COMPETENCE_NEED_CLOSED, closedTwice)).singleElement().asString()
                .contains("previousStatus");
        assertThat(EventContracts.violations(COMPETENCE_NEED_WITHDRAWN, draftWithdrawn)).as("a draft's withdrawal is private")
                .singleElement().asString().contains("previousStatus");
        assertThat(EventContracts.violations(COMPETENCE_NEED_ANSWERED, answeredPublished)).singleElement().asString()
                .contains("status");
        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERAGE_GAINED, gainedClosed)).as("only an open need gains")
                .singleElement().asString().contains("status");
    }

    @Test
    void aClearedPriorityIsAnExplicitNullWhileAnUnknownOneIsRejected() {
        String cleared = exampleWith(COMPETENCE_NEED_PRIORITISED, data -> {
            data.put("previousPriority", "HIGH");
            data.putNull("priority");
        });
        String urgent = exampleWith(COMPETENCE_NEED_PRIORITISED, data -> data.put("priority", "URGENT"));
        String omitted = exampleWith(COMPETENCE_NEED_PRIORITISED, data -> data.remove("previousPriority"));

        assertThat(EventContracts.violations(COMPETENCE_NEED_PRIORITISED, cleared)).isEmpty();
        assertThat(EventContracts.violations(COMPETENCE_NEED_PRIORITISED, urgent)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("priority"));
        assertThat(EventContracts.violations(COMPETENCE_NEED_PRIORITISED, omitted)).singleElement().asString()
                .contains("previousPriority");
    }

    @Test
    void aCoveredNeedNamesAtLeastOneOfferingAndTheAreasEachCoversByCode() {
        String nothingCovers = exampleWith(COMPETENCE_NEED_COVERED, data -> data.putArray("coveringOfferings"));
        String labelNotCode = exampleWith(COMPETENCE_NEED_COVERED, data -> ((ObjectNode) data.get("coveringOfferings").get(0))
                .putArray("coveredAreas").add("Lääkehoito"));
        String nothingUncovered = exampleWith(COMPETENCE_NEED_COVERAGE_LOST, data -> data.putArray("uncoveredAreas"));

        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERED, nothingCovers)).singleElement().asString()
                .contains("coveringOfferings");
        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERED, labelNotCode)).singleElement().asString()
                .contains("coveringOfferings[0].coveredAreas[0]");
        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERAGE_LOST, nothingUncovered)).singleElement().asString()
                .contains("uncoveredAreas");
    }

    @Test
    void aGainedCoverageNamesAtLeastOneGainedOfferingAndMayLeaveAreasUncovered() {
        String nothingGained = exampleWith(COMPETENCE_NEED_COVERAGE_GAINED, data -> data.putArray("gainedOfferings"));
        String partly = exampleWith(COMPETENCE_NEED_COVERAGE_GAINED, data -> {
            data.putArray("competenceAreas").add("medication-safety").add("medication-calculations");
            data.putArray("uncoveredAreas").add("medication-calculations");
            data.put("status", "ANSWERED");
        });
        String labelNotCode = exampleWith(COMPETENCE_NEED_COVERAGE_GAINED, data -> ((ObjectNode) data.get("gainedOfferings")
                .get(0)).putArray("coveredAreas").add("Lääkehoito"));

        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERAGE_GAINED, nothingGained)).singleElement().asString()
                .contains("gainedOfferings");
        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERAGE_GAINED, partly)).as("coverage of some areas").isEmpty();
        assertThat(EventContracts.violations(COMPETENCE_NEED_COVERAGE_GAINED, labelNotCode)).singleElement().asString()
                .contains("gainedOfferings[0].coveredAreas[0]");
    }

    @Test
    void theNeedExamplesTellOneNeedsStoryWithTheSameIds() {
        List<String> lifecycle = List.of(COMPETENCE_NEED_PUBLISHED, COMPETENCE_NEED_UPDATED, COMPETENCE_NEED_ANSWERED,
                COMPETENCE_NEED_COVERAGE_GAINED, COMPETENCE_NEED_COVERED, COMPETENCE_NEED_COVERAGE_LOST,
                COMPETENCE_NEED_CLOSED, COMPETENCE_NEED_PRIORITISED, COMPETENCE_NEED_ENDORSED,
                COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN);
        JsonNode published = JSON.readTree(EventContracts.example(COMPETENCE_NEED_PUBLISHED));

        assertThat(lifecycle).allSatisfy(type -> {
            JsonNode example = JSON.readTree(EventContracts.example(type));
            assertThat(example.get("needId")).as(type).isEqualTo(published.get("needId"));
            assertThat(example.get("reportingOrganisationId")).as(type).isEqualTo(published.get("reportingOrganisationId"));
        });
        JsonNode withdrawn = JSON.readTree(EventContracts.example(COMPETENCE_NEED_WITHDRAWN));
        assertThat(withdrawn.get("needId")).isNotEqualTo(published.get("needId"));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void anUnknownExtraFieldIsAcceptedSoAddingOptionalFieldsKeepsTheVersion(String type) {
        String data = exampleWith(type, node -> {
            node.put("someFutureField", "value");
            node.putObject("someFutureObject").put("nested", 1);
        });

        assertThat(EventContracts.violations(type, data)).isEmpty();
    }

    @Test
    void aProviderUpsertMayCarryFutureOfferingFieldsButNotAnUnknownCategoryOrAnEmptyExternalId() {
        String future = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> {
            data.put("accreditation", "ECTS 2");
            data.putObject("price").put("amount", 120);
        });
        String unknownCategory = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> data.put("category", "5"));
        String emptyExternalId = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> data.put("externalId", ""));
        String publishAsText = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> data.put("publish", "yes"));

        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, future)).isEmpty();
        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, unknownCategory))
                .singleElement().asString().contains("category");
        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, emptyExternalId))
                .singleElement().asString().contains("externalId");
        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, publishAsText))
                .singleElement().asString().contains("publish");
    }

    @Test
    void aPreRegistrationHoldsAtLeastOneSeatAndItsCapacityIsACountOrUnlimited() {
        String noSeats = exampleWith(PRE_REGISTRATION_REGISTERED, data -> data.put("seats", 0));
        String unlimited = exampleWith(PRE_REGISTRATION_REGISTERED, data -> data.putNull("capacity"));
        String capacityAsText = exampleWith(PRE_REGISTRATION_COMMITTED, data -> data.put("capacity", "20"));

        assertThat(EventContracts.violations(PRE_REGISTRATION_REGISTERED, noSeats))
                .singleElement().asString().contains("seats");
        assertThat(EventContracts.violations(PRE_REGISTRATION_REGISTERED, unlimited)).isEmpty();
        assertThat(EventContracts.violations(PRE_REGISTRATION_COMMITTED, capacityAsText))
                .singleElement().asString().contains("capacity");
    }

    @Test
    void anUpsertWithoutTheCompleteOfferingsFieldsStaysValidButThoseItCarriesAreChecked() {
        String before = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> List.of("titles", "summaries", "descriptions",
                "delivery", "startsAt", "endsAt", "registrationDeadline", "pricing", "capacity", "teachingLanguages",
                "contact", "attachments").forEach(data::remove));
        String dateOnly = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> data.put("registrationDeadline", "2026-05-01"));
        String barter = exampleWith(PROVIDER_OFFERING_UPSERTED, data -> data.putObject("pricing").put("kind", "BARTER"));
        String plainHttp = exampleWith(PROVIDER_OFFERING_UPSERTED,
                data -> ((ObjectNode) data.get("delivery")).put("onlineUrl", "http://example.fi/x"));

        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, before)).isEmpty();
        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, dateOnly)).singleElement().asString()
                .contains("registrationDeadline");
        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, barter)).singleElement().asString()
                .contains("pricing.kind");
        assertThat(EventContracts.violations(PROVIDER_OFFERING_UPSERTED, plainHttp)).singleElement().asString()
                .contains("delivery.onlineUrl");
    }

    @Test
    void theCatalogueNeverPublishesTheContactPerson() {
        for (String type : List.of(OFFERING_PUBLISHED, OFFERING_UPDATED)) {
            assertThat(JSON.readTree(EventContracts.schema(type)).get("properties").has("contact")).isFalse();
            assertThat(EventContracts.example(type)).doesNotContain("@");
        }
    }

    @Test
    void aMeetingIsInFinnishTimeAndItsOnlineLinkIsHttps() {
        String plainHttp = exampleWith(MEETING_SCHEDULED, data -> data.put("onlineUrl", "http://teams.example/x"));
        String inPersonOnly = exampleWith(MEETING_SCHEDULED, data -> data.putNull("onlineUrl"));
        String otherZone = exampleWith(MEETING_AGENDA_PUBLISHED, data -> data.put("timeZone", "UTC"));
        String localTime = exampleWith(MEETING_UPCOMING, data -> data.put("startsAt", "2027-02-10T09:00:00"));

        assertThat(EventContracts.violations(MEETING_SCHEDULED, plainHttp)).singleElement().asString().contains("onlineUrl");
        assertThat(EventContracts.violations(MEETING_SCHEDULED, inPersonOnly)).isEmpty();
        assertThat(EventContracts.violations(MEETING_AGENDA_PUBLISHED, otherZone)).singleElement().asString()
                .contains("timeZone");
        assertThat(EventContracts.violations(MEETING_UPCOMING, localTime)).singleElement().asString().contains("startsAt");
    }

    @Test
    void aPublishedAgendaAndRecordedDecisionsAreNeverEmptyAndACancelledMeetingWasNotHeld() {
        String noAgenda = exampleWith(MEETING_AGENDA_PUBLISHED, data -> data.putArray("agenda"));
        String noDecisions = exampleWith(MEETING_DECISIONS_RECORDED, data -> data.putArray("decisions"));
        String heldCancelled = exampleWith(MEETING_CANCELLED, data -> data.put("previousStatus", "HELD"));

        assertThat(EventContracts.violations(MEETING_AGENDA_PUBLISHED, noAgenda)).singleElement().asString().contains("agenda");
        assertThat(EventContracts.violations(MEETING_DECISIONS_RECORDED, noDecisions)).singleElement().asString()
                .contains("decisions");
        assertThat(EventContracts.violations(MEETING_CANCELLED, heldCancelled)).singleElement().asString()
                .contains("previousStatus");
    }

    @Test
    void anAnnualClockReminderNamesItsOccurrenceByFinnishDatesAndNeedsAFinnishTitle() {
        String instant = exampleWith(ANNUAL_CLOCK_ENTRY_DUE, data -> data.put("startsOn", "2027-01-11T00:00:00+02:00"));
        String noFinnish = exampleWith(ANNUAL_CLOCK_ENTRY_DUE, data -> ((ObjectNode) data.get("title")).remove("fi"));

        assertThat(EventContracts.violations(ANNUAL_CLOCK_ENTRY_DUE, instant)).singleElement().asString().contains("startsOn");
        assertThat(EventContracts.violations(ANNUAL_CLOCK_ENTRY_DUE, noFinnish)).singleElement().asString().contains("fi");
    }

    @Test
    void anAlertCarriesOnlyStringDetailsATitleInAKnownLanguageAndAKnownTopicWhileItsCategoryMayBeNull() {
        String numberDetail = exampleWith(ALERT_RAISED, data -> ((ObjectNode) data.get("details")).put("estimatedLearners", 40));
        String futureDetail = exampleWith(ALERT_RAISED, data -> ((ObjectNode) data.get("details")).put("funder", "Pohjois-Savon hyvinvointialue"));
        String noTitle = exampleWith(ALERT_RAISED, data -> data.putObject("titles"));
        String germanTitle = exampleWith(ALERT_RAISED, data -> ((ObjectNode) data.get("titles")).put("de", "Sichere Medikation"));
        String unknownTopic = exampleWith(ALERT_RAISED, data -> data.put("topic", "OFFERING_UPDATED"));
        String unknownRole = exampleWith(ALERT_RAISED, data -> ((ObjectNode) data.get("reason")).put("role", "COORDINATOR"));
        String notAnOffering = exampleWith(ALERT_RAISED, data -> {
            data.put("topic", "MEETING_SCHEDULED");
            data.putNull("category");
            data.putArray("competenceAreas");
            data.putArray("targetGroups");
            ((ObjectNode) data.get("reason")).put("role", "SUBSCRIBED").putArray("matchedAreas");
        });

        assertThat(EventContracts.violations(ALERT_RAISED, numberDetail)).singleElement().asString()
                .contains("details.estimatedLearners");
        assertThat(EventContracts.violations(ALERT_RAISED, futureDetail)).isEmpty();
        assertThat(EventContracts.violations(ALERT_RAISED, noTitle)).singleElement().asString().contains("titles");
        assertThat(EventContracts.violations(ALERT_RAISED, germanTitle)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("titles"));
        assertThat(EventContracts.violations(ALERT_RAISED, unknownTopic)).singleElement().asString().contains("topic");
        assertThat(EventContracts.violations(ALERT_RAISED, unknownRole)).singleElement().asString().contains("reason.role");
        assertThat(EventContracts.violations(ALERT_RAISED, notAnOffering)).isEmpty();
    }

    @Test
    void assertConformsFailsWithAnAssertionErrorListingTheViolations() {
        String organisation = exampleWith(ORGANISATION_REGISTERED, data -> {
            data.remove("businessId");
            data.put("contactEmail", "not an email");
        });

        assertThatThrownBy(() -> EventContracts.assertConforms(ORGANISATION_REGISTERED, organisation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ORGANISATION_REGISTERED)
                .hasMessageContaining("businessId")
                .hasMessageContaining("contactEmail");
    }

    @Test
    void textThatIsNotJsonIsAViolationRatherThanACrash() {
        assertThat(EventContracts.violations(OFFERING_PUBLISHED, "{not json")).singleElement().asString().contains("JSON");
        assertThat(EventContracts.violations(OFFERING_PUBLISHED, "[]")).isNotEmpty();
    }

    @Test
    void anUnknownEventTypeIsAnIllegalArgument() {
        String unknown = "fi.osaava.membership.organisation.renamed.v1";

        assertThatIllegalArgumentException().isThrownBy(() -> EventContracts.violations(unknown, "{}")).withMessageContaining(unknown);
        assertThatIllegalArgumentException().isThrownBy(() -> EventContracts.assertConforms(unknown, "{}"));
        assertThatIllegalArgumentException().isThrownBy(() -> EventContracts.example(unknown));
    }

    @Test
    void compiledSchemasAreReusedAcrossCalls() {
        String example = EventContracts.example(OFFERING_PUBLISHED);

        for (int i = 0; i < 200; i++) {
            assertThat(EventContracts.violations(OFFERING_PUBLISHED, example)).isEmpty();
        }
    }

    @Test
    void theAsyncApiDocumentPutsEveryEventTypeOnItsTopicWithItsSchemaAndCloudEventHeaders() {
        JsonNode asyncApi = asyncApi();
        Map<String, String> topics = Map.ofEntries(
                Map.entry(ORGANISATION_REGISTERED, "membership.organisations.v1"),
                Map.entry(ORGANISATION_CONTACTS_CHANGED, "membership.organisations.v1"),
                Map.entry(CONTACT_PERSON_ERASED, "membership.organisations.v1"),
                Map.entry(OFFERING_PUBLISHED, "catalogue.offerings.v1"),
                Map.entry(COMPETENCE_NEED_PUBLISHED, "needs.competence-needs.v1"),
                Map.entry(OFFERING_UPDATED, "catalogue.offerings.v1"),
                Map.entry(OFFERING_WITHDRAWN, "catalogue.offerings.v1"),
                Map.entry(PROVIDER_OFFERING_UPSERTED, "provider.{organisationId}.offerings.v1"),
                Map.entry(PROVIDER_OFFERING_WITHDRAWN, "provider.{organisationId}.offerings.v1"),
                Map.entry(OFFERING_ARCHIVED, "catalogue.offerings.v1"),
                Map.entry(PRE_REGISTRATION_REGISTERED, "catalogue.pre-registrations.v1"),
                Map.entry(PRE_REGISTRATION_CHANGED, "catalogue.pre-registrations.v1"),
                Map.entry(PRE_REGISTRATION_COMMITTED, "catalogue.pre-registrations.v1"),
                Map.entry(PRE_REGISTRATION_CANCELLED, "catalogue.pre-registrations.v1"),
                Map.entry(OFFERING_EVALUATED, "catalogue.evaluations.v1"),
                Map.entry(COMPETENCE_NEED_UPDATED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_ANSWERED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_COVERAGE_GAINED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_COVERED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_COVERAGE_LOST, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_CLOSED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_WITHDRAWN, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_PRIORITISED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_ENDORSED, "needs.competence-needs.v1"),
                Map.entry(COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN, "needs.competence-needs.v1"),
                Map.entry(ECOSYSTEM_FOUNDED, "membership.ecosystems.v1"),
                Map.entry(ECOSYSTEM_UPDATED, "membership.ecosystems.v1"),
                Map.entry(PARTICIPATION_CHANGED, "membership.organisations.v1"),
                Map.entry(PASSIVE_MEMBER_CONFIRMED, "membership.passive-members.v1"),
                Map.entry(PASSIVE_MEMBER_LEFT, "membership.passive-members.v1"),
                Map.entry(PASSIVE_MEMBER_ERASED, "membership.passive-members.v1"),
                Map.entry(MEETING_SCHEDULED, "membership.governance.v1"),
                Map.entry(MEETING_AGENDA_PUBLISHED, "membership.governance.v1"),
                Map.entry(MEETING_CANCELLED, "membership.governance.v1"),
                Map.entry(MEETING_DECISIONS_RECORDED, "membership.governance.v1"),
                Map.entry(MEETING_UPCOMING, "membership.governance.v1"),
                Map.entry(ANNUAL_CLOCK_ENTRY_DUE, "membership.governance.v1"),
                Map.entry(ALERT_RAISED, "notification.alerts.v1"),
                Map.entry(ORGANISATION_PROFILE_CHANGED, "membership.organisations.v1"));

        assertThat(asyncApi.get("asyncapi").asString()).isEqualTo("3.0.0");
        for (String type : EventContracts.eventTypes()) {
            JsonNode message = asyncApi.get("components").get("messages").valueStream()
                    .filter(m -> type.equals(m.path("name").asString(null)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no message named " + type));
            assertThat(message.at("/payload/$ref").asString()).isEqualTo("./events/" + type + ".schema.json");
            assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asString()).isEqualTo(type);
            assertThat(message.at("/headers/allOf/1/properties/ce_dataschema/const").asString())
                    .isEqualTo(EventContracts.schemaId(type));
            assertThat(message.at("/bindings/kafka/key/type").asString()).isEqualTo("string");

            List<String> addresses = asyncApi.get("channels").valueStream()
                    .filter(channel -> channel.get("messages").valueStream()
                            .anyMatch(m -> resolve(asyncApi, m.get("$ref").asString()) == message))
                    .map(channel -> channel.get("address").asString())
                    .toList();
            assertThat(addresses).as("channels of %s", type).containsExactly(topics.get(type));
        }
        JsonNode feedHeaders = asyncApi.at("/components/schemas/FeedCloudEventHeaders/required");
        assertThat(feedHeaders.valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
                "ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time");
        JsonNode headers = asyncApi.at("/components/schemas/CloudEventHeaders/required");
        assertThat(headers.valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
                "ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time", "ce_subject", "ce_dataschema", "content-type");
    }

    @Test
    void theAsyncApiDocumentDescribesTheNotificationDeadLetterTopicWithTheReasonHeaders() {
        JsonNode asyncApi = asyncApi();

        JsonNode channel = asyncApi.at("/channels/notificationDeadLetters");
        assertThat(channel.get("address").asString()).isEqualTo("notification.dead-letters.v1");
        JsonNode message = resolve(asyncApi, channel.at("/messages/deadLetter/$ref").asString());
        JsonNode headers = resolve(asyncApi, message.at("/headers/$ref").asString());
        assertThat(headers.get("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("x-original-topic", "x-exception-message");
    }

    @Test
    void everyReferenceInTheAsyncApiDocumentResolves() {
        JsonNode asyncApi = asyncApi();
        List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            if (ref.startsWith("#")) {
                assertThat(resolve(asyncApi, ref).isMissingNode()).as(ref).isFalse();
            }
            else {
                assertThat(ref).startsWith("./");
                assertThat(getClass().getClassLoader().getResource(ref.substring(2))).as(ref).isNotNull();
            }
        });
    }

    private static JsonNode asyncApi() {
        return YAMLMapper.builder().build().readTree(EventContractsTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml"));
    }

    private static JsonNode resolve(JsonNode document, String localRef) {
        assertThat(localRef).startsWith("#/");
        return document.at(localRef.substring(1));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asString());
        }
        node.values().forEach(child -> collectRefs(child, refs));
    }

    /** The first array field whose name says it holds competence areas, e.g. {@code competenceAreas}. */
    private static java.util.Optional<tools.jackson.databind.node.ArrayNode> firstCompetenceArray(ObjectNode data) {
        return data.properties().stream()
                .filter(field -> field.getKey().startsWith("competenceAreas") && field.getValue().isArray()
                        && !field.getValue().isEmpty())
                .map(field -> (tools.jackson.databind.node.ArrayNode) field.getValue())
                .findFirst();
    }

    private static String exampleWith(String type, Consumer<ObjectNode> change) {
        ObjectNode data = (ObjectNode) JSON.readTree(EventContracts.example(type));
        change.accept(data);
        return JSON.writeValueAsString(data);
    }

    private static Set<String> typesWithSuffix(String[] files, String suffix) {
        return Arrays.stream(files)
                .filter(name -> name.endsWith(suffix))
                .map(name -> name.substring(0, name.length() - suffix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
