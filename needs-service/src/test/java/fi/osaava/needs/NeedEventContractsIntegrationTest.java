package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The producer's side of the competence-need contracts: every transition, driven through the real HTTP
 * API and the real catalogue topic, reaches {@code needs.competence-needs.v1} as an event whose data
 * conforms to its type's JSON Schema in infra/contracts.
 */
@ServiceIntegrationTest
class NeedEventContractsIntegrationTest {

    static final String NEEDS_TOPIC = "needs.competence-needs.v1";
    static final String OFFERINGS_TOPIC = "catalogue.offerings.v1";
    static final String TYPE_PREFIX = "fi.osaava.needs.competence-need.";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String MEDICATION = "Lääkehoidon osaamisen päivitys kotihoidon hoitajille";
    static final String REPORTER = "org-kotihoito-" + UUID.randomUUID();
    static final String ENDORSER = "org-pirha-" + UUID.randomUUID();
    static final String PROVIDER = "org-amk-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    /**
     * This context's own broker. Not the {@code spring.embedded.kafka.brokers} system property: every
     * embedded broker sets it, so after another test class started its own context it names that one.
     */
    @Autowired
    EmbeddedKafkaBroker broker;

    String brokers;

    @BeforeEach
    void brokersOfThisContext() {
        brokers = broker.getBrokersAsString();
    }

    @Test
    void everyTransitionOfANeedIsPublishedAsAnEventThatConformsToItsContract() {
        LocalDate today = LocalDate.now(FINLAND);
        LocalDate earliest = today.plusMonths(2);
        LocalDate latest = today.plusMonths(8);
        String needId = id(expectCreated(as(REPORTER).post().uri("/api/needs?publish=true"),
                need("medication-safety", MEDICATION, 120, earliest, latest)));
        expectOk(as(REPORTER).put().uri("/api/needs/{id}", needId), need("medication-safety", MEDICATION, 140, earliest, latest));
        expectOk(as(ENDORSER).put().uri("/api/needs/{id}/endorsements/mine", needId),
                "{\"learners\":60,\"comment\":\"Pirkanmaan kotihoidossa sama tarve.\"}");
        expectOk(as(ENDORSER).delete().uri("/api/needs/{id}/endorsements/mine", needId));
        expectOk(coordinator().put().uri("/api/needs/{id}/priority", needId),
                "{\"priority\":\"HIGH\",\"reason\":\"Uusi lääkehoitosuunnitelma koskee koko kotihoitoa.\"}");
        expectOk(as(PROVIDER).post().uri("/api/needs/{id}/answers", needId),
                "{\"kind\":\"PLAN\",\"message\":\"Rakennamme verkkokurssin kotihoidolle.\",\"expectedStart\":\"2027-03-01\"}");
        assertThat(statusOf(needId)).isEqualTo("ANSWERED");

        String offeringId = coverWithAnOfferingThenWithdrawIt(needId,
                today.plusMonths(4).atTime(LocalTime.of(9, 0)).atZone(FINLAND).toInstant());
        expectOk(as(REPORTER).post().uri("/api/needs/{id}/close", needId),
                "{\"reason\":\"Koulutus on sovittu; tarve on hoidettu.\"}");

        String secondId = id(expectCreated(as(REPORTER).post().uri("/api/needs?publish=true"),
                need("documentation", "Rakenteinen kirjaaminen kotihoidossa", 30, null, null)));
        expectOk(as(REPORTER).post().uri("/api/needs/{id}/withdraw", secondId),
                "{\"reason\":\"Ilmoitettu kahteen kertaan.\"}");

        List<ConsumerRecord<String, String>> records = recordsOf(Set.of(needId, secondId), 12);
        assertThat(records).filteredOn(r -> needId.equals(r.key())).extracting(NeedEventContractsIntegrationTest::shortType)
                .containsExactly("published", "updated", "endorsed", "endorsement-withdrawn", "prioritised", "answered",
                        "coverage-gained", "covered", "coverage-lost", "closed");
        assertThat(records).filteredOn(r -> secondId.equals(r.key())).extracting(NeedEventContractsIntegrationTest::shortType)
                .containsExactly("published", "withdrawn");
        assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsAll(lifecycleTypes());
        assertThat(records).allSatisfy(record -> {
            String type = TopicProbe.header(record, "ce_type");
            assertThat(TopicProbe.ceHeaders(record)).containsEntry("ce_subject", record.key())
                    .containsEntry("ce_source", "/osaava/needs-service")
                    .containsEntry("ce_dataschema", EventContracts.schemaId(type));
            EventContracts.assertConforms(type, record.value());
        });

        assertThat(data(records, needId, "published").get("earliestStart").asString()).isEqualTo(earliest.toString());
        assertThat(data(records, secondId, "published").get("latestStart").isNull()).isTrue();
        JsonNode answered = data(records, needId, "answered");
        assertThat(answered.get("expectedStart").asString()).isEqualTo("2027-03-01");
        assertThat(answered.get("offeringId").isNull()).isTrue();
        JsonNode gained = data(records, needId, "coverage-gained");
        assertThat(gained.at("/gainedOfferings/0/offeringId").asString()).isEqualTo(offeringId);
        assertThat(gained.at("/gainedOfferings/0/providerOrganisationId").asString()).isEqualTo(PROVIDER);
        assertThat(gained.get("status").asString()).as("the offering completed the coverage").isEqualTo("COVERED");
        assertThat(gained.get("uncoveredAreas").isEmpty()).isTrue();
        assertThat(data(records, needId, "covered").at("/coveringOfferings/0/offeringId").asString()).isEqualTo(offeringId);
        assertThat(data(records, needId, "coverage-lost").get("status").asString()).isEqualTo("ANSWERED");
        assertThat(data(records, needId, "endorsement-withdrawn").get("totalDemand").asInt()).isEqualTo(140);
    }

    /** Through the catalogue topic, as catalogue-service would: the offering covers the need, then is withdrawn. */
    private String coverWithAnOfferingThenWithdrawIt(String needId, Instant startsAt) {
        String offeringId = UUID.randomUUID().toString();
        try (TestEvents catalogue = TestEvents.to(brokers)) {
            catalogue.send(OFFERINGS_TOPIC, offeringId, EventContracts.OFFERING_PUBLISHED,
                    catalogueExample(EventContracts.OFFERING_PUBLISHED, offering -> {
                        offering.put("offeringId", offeringId);
                        offering.put("providerOrganisationId", PROVIDER);
                        offering.putArray("regions").add("11");
                        offering.putArray("targetGroups").add("STAFF");
                        offering.putArray("competenceAreas").add("medication-safety");
                        offering.put("registrationDeadline", startsAt.minus(Duration.ofDays(14)).toString());
                        offering.put("startsAt", startsAt.toString());
                        offering.put("endsAt", startsAt.plus(Duration.ofDays(14)).toString());
                    }));
            awaitStatus(needId, "COVERED");

            catalogue.send(OFFERINGS_TOPIC, offeringId, EventContracts.OFFERING_WITHDRAWN,
                    catalogueExample(EventContracts.OFFERING_WITHDRAWN, withdrawal -> {
                        withdrawal.put("offeringId", offeringId);
                        withdrawal.put("providerOrganisationId", PROVIDER);
                        withdrawal.put("withdrawnAt", Instant.now().toString());
                    }));
            awaitStatus(needId, "ANSWERED");
        }
        return offeringId;
    }

    private static Set<String> lifecycleTypes() {
        return Set.of(EventContracts.COMPETENCE_NEED_PUBLISHED, EventContracts.COMPETENCE_NEED_UPDATED,
                EventContracts.COMPETENCE_NEED_ANSWERED, EventContracts.COMPETENCE_NEED_COVERAGE_GAINED,
                EventContracts.COMPETENCE_NEED_COVERED,
                EventContracts.COMPETENCE_NEED_COVERAGE_LOST, EventContracts.COMPETENCE_NEED_CLOSED,
                EventContracts.COMPETENCE_NEED_WITHDRAWN, EventContracts.COMPETENCE_NEED_PRIORITISED,
                EventContracts.COMPETENCE_NEED_ENDORSED, EventContracts.COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN);
    }

    /**
     * Reads the needs topic until the needs' distinct events number {@code expected} or the patience runs
     * out. Delivery is at least once, so an event may arrive again with its {@code ce_id}; a consumer
     * deduplicates on it, and so does this reading (after checking the copy is the same event).
     */
    private List<ConsumerRecord<String, String>> recordsOf(Set<String> needIds, int expected) {
        Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (TopicProbe probe = TopicProbe.on(brokers, NEEDS_TOPIC)) {
            while (byId.size() < expected && System.nanoTime() < deadline) {
                probe.await(1, Duration.ofMillis(500)).stream().filter(r -> needIds.contains(r.key())).forEach(record -> {
                    ConsumerRecord<String, String> first = byId.putIfAbsent(TopicProbe.header(record, "ce_id"), record);
                    if (first != null) {
                        assertThat(record.value()).as("a redelivery of %s", TopicProbe.ceHeaders(first))
                                .isEqualTo(first.value());
                    }
                });
            }
        }
        return new ArrayList<>(byId.values());
    }

    private void awaitStatus(String needId, String status) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String seen = statusOf(needId);
        while (!status.equals(seen) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            seen = statusOf(needId);
        }
        assertThat(seen).as("status of need %s within %s", needId, PATIENCE).isEqualTo(status);
    }

    private String statusOf(String needId) {
        return (String) expectOk(as(REPORTER).get().uri("/api/needs/{id}", needId)).get("status");
    }

    private static String shortType(ConsumerRecord<String, String> record) {
        String type = TopicProbe.header(record, "ce_type");
        return type.substring(TYPE_PREFIX.length(), type.length() - ".v1".length());
    }

    private static JsonNode data(List<ConsumerRecord<String, String>> records, String needId, String event) {
        return records.stream().filter(r -> needId.equals(r.key()) && event.equals(shortType(r)))
                .map(r -> JSON.readTree(r.value())).findFirst().orElseThrow();
    }

    /** The contract's example, changed; what is sent still conforms to the catalogue's contract. */
    private static String catalogueExample(String type, Consumer<ObjectNode> change) {
        ObjectNode data = (ObjectNode) JSON.readTree(EventContracts.example(type));
        change.accept(data);
        String json = JSON.writeValueAsString(data);
        EventContracts.assertConforms(type, json);
        return json;
    }

    private static String need(String area, String title, int learners, @Nullable LocalDate earliestStart,
                               @Nullable LocalDate latestStart) {
        return """
                {"region":"11","competenceAreas":["%s"],"targetGroup":"STAFF","title":"%s",
                 "description":"Kotihoidon hoitajat tarvitsevat päivityskoulutuksen ennen uuden ohjeen käyttöönottoa.",
                 "estimatedLearners":%d,"horizon":"WITHIN_A_YEAR","earliestStart":%s,"latestStart":%s}"""
                .formatted(area, title, learners, quoted(earliestStart), quoted(latestStart));
    }

    private static String quoted(@Nullable LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    private static String id(Map<?, ?> need) {
        return (String) need.get("id");
    }

    private RestClient as(String organisationId) {
        return client(TestTokens.forOrganisation(organisationId, "MEMBER"));
    }

    private RestClient coordinator() {
        return client(TestTokens.coordinator());
    }

    private RestClient client(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    private static Map<?, ?> expectCreated(RestClient.RequestBodySpec request, String body) {
        ResponseEntity<Map> response = request.contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("answer %s", response.getBody()).isEqualTo(201);
        return response.getBody();
    }

    private static Map<?, ?> expectOk(RestClient.RequestBodySpec request, String body) {
        return expectOk(request.contentType(MediaType.APPLICATION_JSON).body(body));
    }

    private static Map<?, ?> expectOk(RestClient.RequestHeadersSpec<?> request) {
        ResponseEntity<Map> response = request.retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("answer %s %s", response.getStatusCode(), response.getBody())
                .isTrue();
        return response.getBody();
    }
}
