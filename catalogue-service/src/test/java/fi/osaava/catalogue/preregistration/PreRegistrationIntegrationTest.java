package fi.osaava.catalogue.preregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;

@ServiceIntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class PreRegistrationIntegrationTest {

    static final String TOPIC = "catalogue.pre-registrations.v1";
    static final String PRODUCER = TestTokens.forOrganisation("org-kotihoito-oy", "SYSTEM", "MEMBER");
    static final String OTHER_PRODUCER = TestTokens.forOrganisation("org-hoiva-ry", "MEMBER");
    static final String PROVIDER = TestTokens.forOrganisation(TestOfferings.PROVIDER, "MEMBER");

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    TestOfferings offerings() {
        return new TestOfferings(mongo);
    }

    ResponseEntity<Map> register(String token, String offeringId, int seats) {
        return as(token).post().uri("/api/offerings/{id}/pre-registrations", offeringId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("seats", seats)).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> change(String token, String offeringId, int seats) {
        return as(token).put().uri("/api/offerings/{id}/pre-registrations/mine", offeringId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("seats", seats)).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> commit(String token, String offeringId) {
        return as(token).post().uri("/api/offerings/{id}/pre-registrations/mine/commit", offeringId).retrieve()
                .toEntity(Map.class);
    }

    ResponseEntity<Map> cancel(String token, String offeringId) {
        return as(token).delete().uri("/api/offerings/{id}/pre-registrations/mine", offeringId).retrieve()
                .toEntity(Map.class);
    }

    ResponseEntity<Map> get(String token, String path, String offeringId) {
        return as(token).get().uri("/api/offerings/{id}" + path, offeringId).retrieve().toEntity(Map.class);
    }

    @Test
    void anOrganisationPreRegistersChangesCommitsAndCancelsAndEveryStepIsAnEvent() {
        String offering = offerings().funded(20);
        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            ResponseEntity<Map> created = register(PRODUCER, offering, 4);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            assertThat(created.getHeaders().getLocation()).hasToString("/api/offerings/" + offering + "/pre-registrations/mine");
            assertThat((Map<String, Object>) created.getBody()).containsEntry("organisationId", "org-kotihoito-oy")
                    .containsEntry("seats", 4).containsEntry("status", "PRE_REGISTERED")
                    .containsEntry("capacity", 20).containsEntry("freeSeats", 16);

            ResponseEntity<Map> repeated = register(PRODUCER, offering, 4);
            assertThat(repeated.getStatusCode().value()).isEqualTo(200);
            assertThat(repeated.getBody().get("id")).isEqualTo(created.getBody().get("id"));
            assertThat(repeated.getBody().get("freeSeats")).isEqualTo(16);
            ResponseEntity<Map> another = register(PRODUCER, offering, 5);
            assertThat(another.getStatusCode().value()).isEqualTo(409);
            assertThat((String) another.getBody().get("detail")).contains("already holds 4 seat(s)");

            assertThat(change(PRODUCER, offering, 6).getBody()).containsEntry("seats", 6).containsEntry("freeSeats", 14);
            assertThat(commit(PRODUCER, offering).getBody()).containsEntry("status", "COMMITTED");
            assertThat(commit(PRODUCER, offering).getStatusCode().value()).isEqualTo(200);
            assertThat(change(PRODUCER, offering, 2).getStatusCode().value()).isEqualTo(409);
            assertThat(get(PRODUCER, "/pre-registrations/mine", offering).getBody())
                    .containsEntry("status", "COMMITTED").containsEntry("seats", 6);

            ResponseEntity<Map> cancelled = cancel(PRODUCER, offering);
            assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
            assertThat((Map<String, Object>) cancelled.getBody()).containsEntry("status", "CANCELLED")
                    .containsEntry("freeSeats", 20);
            assertThat(cancel(PRODUCER, offering).getStatusCode().value()).isEqualTo(404);

            List<ConsumerRecord<String, String>> steps = probe.await(4, Duration.ofSeconds(30)).stream()
                    .filter(r -> offering.equals(r.key())).toList();
            assertThat(steps).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    EventContracts.PRE_REGISTRATION_REGISTERED, EventContracts.PRE_REGISTRATION_CHANGED,
                    EventContracts.PRE_REGISTRATION_COMMITTED, EventContracts.PRE_REGISTRATION_CANCELLED);
            steps.forEach(r -> {
                String type = TopicProbe.header(r, "ce_type");
                EventContracts.assertConforms(type, r.value());
                assertThat(TopicProbe.header(r, "ce_subject")).isEqualTo(offering);
                assertThat(TopicProbe.header(r, "ce_dataschema")).isEqualTo(EventContracts.schemaId(type));
            });
            assertThat(steps.get(3).value()).contains("\"reservedSeats\":0", "\"wasCommitted\":true",
                    "\"organisationId\":\"org-kotihoito-oy\"", "\"subject\":\"test-client-org-kotihoito-oy\"");
        }
    }

    @Test
    void onlyPublishedFundedOfferingsBeforeTheirDeadlineTakePreRegistrations() {
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
        String closed = offerings().insert("PUBLISHED", "FUNDED", 20, Instant.now().minus(Duration.ofMinutes(1)));
        String paid = offerings().insert("PUBLISHED", "PAID", 20, nextWeek);
        String withdrawn = offerings().insert("WITHDRAWN", "FUNDED", 20, nextWeek);
        String draft = offerings().insert("DRAFT", "FUNDED", 20, nextWeek);

        ResponseEntity<Map> late = register(PRODUCER, closed, 1);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat((String) late.getBody().get("detail")).contains("registration deadline");
        assertThat((String) register(PRODUCER, paid, 1).getBody().get("detail")).contains("only FUNDED");
        assertThat(register(PRODUCER, paid, 1).getStatusCode().value()).isEqualTo(409);
        assertThat(register(PRODUCER, withdrawn, 1).getStatusCode().value()).isEqualTo(409);
        assertThat(register(PRODUCER, draft, 1).getStatusCode().value()).isEqualTo(404);
        assertThat(register(PRODUCER, "no-such-offering", 1).getStatusCode().value()).isEqualTo(404);
        assertThat(offerings().ledger(closed)).isNull();
    }

    @Test
    void badSeatCountsAreA400AndTheProviderAndTheCoordinatorDoNotPreRegister() {
        String offering = offerings().funded(20);

        ResponseEntity<Map> none = register(PRODUCER, offering, 0);
        assertThat(none.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) none.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("seats");
        ResponseEntity<Map> missing = as(PRODUCER).post().uri("/api/offerings/{id}/pre-registrations", offering)
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map> own = register(PROVIDER, offering, 1);
        assertThat(own.getStatusCode().value()).isEqualTo(403);
        assertThat((String) own.getBody().get("detail")).contains("provider");
        assertThat(register(TestTokens.coordinator(), offering, 1).getStatusCode().value()).isEqualTo(403);
        assertThat(as(TestTokens.coordinator()).post().uri("/api/offerings/{id}/pre-registrations", offering)
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(Map.class).getStatusCode().value())
                .as("the coordinator is refused before its body is read").isEqualTo(403);
        assertThat(TestHttp.to(port).build().post().uri("/api/offerings/{id}/pre-registrations", offering)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("seats", 1)).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aFullOfferingSaysHowManySeatsAreLeft() {
        String offering = offerings().funded(5);
        assertThat(register(PRODUCER, offering, 3).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<Map> tooMany = register(OTHER_PRODUCER, offering, 3);

        assertThat(tooMany.getStatusCode().value()).isEqualTo(409);
        assertThat((String) tooMany.getBody().get("detail")).contains("Only 2 seat(s) left");
        assertThat(change(PRODUCER, offering, 6).getStatusCode().value()).isEqualTo(409);
        assertThat(register(OTHER_PRODUCER, offering, 2).getStatusCode().value()).isEqualTo(201);
        assertThat((String) register(TestTokens.forOrganisation("org-third", "MEMBER"), offering, 1).getBody()
                .get("detail")).contains("full");
        assertThat(offerings().ledger(offering).getInteger("reservedSeats")).isEqualTo(5);
    }

    @Test
    void theProviderAndTheCoordinatorSeeTheListOthersOnlyTheirOwnAndTheFreeSeats() {
        String offering = offerings().funded(30);
        register(PRODUCER, offering, 4);
        register(OTHER_PRODUCER, offering, 2);
        commit(OTHER_PRODUCER, offering);

        for (String reader : List.of(PROVIDER, TestTokens.coordinator())) {
            Map<String, Object> list = get(reader, "/pre-registrations", offering).getBody();
            assertThat(list).containsEntry("capacity", 30).containsEntry("reservedSeats", 6)
                    .containsEntry("committedSeats", 2).containsEntry("freeSeats", 24);
            assertThat((List<Map<String, Object>>) list.get("preRegistrations"))
                    .extracting(p -> p.get("organisationId") + ":" + p.get("seats") + ":" + p.get("status"))
                    .containsExactlyInAnyOrder("org-kotihoito-oy:4:PRE_REGISTERED", "org-hoiva-ry:2:COMMITTED");
        }

        ResponseEntity<Map> others = get(OTHER_PRODUCER, "/pre-registrations", offering);
        assertThat(others.getStatusCode().value()).isEqualTo(403);
        assertThat(others.getBody().toString()).doesNotContain("org-kotihoito-oy");
        assertThat(get(OTHER_PRODUCER, "/pre-registrations/mine", offering).getBody())
                .containsEntry("organisationId", "org-hoiva-ry").containsEntry("freeSeats", 24);
        Map<String, Object> seats = get(TestTokens.forOrganisation("org-stranger", "MEMBER"), "/seats", offering).getBody();
        assertThat(seats).containsEntry("freeSeats", 24).containsEntry("capacity", 30);
        assertThat(seats.get("preRegistrations")).isNull();
        assertThat(get(TestTokens.forOrganisation("org-stranger", "MEMBER"), "/pre-registrations/mine", offering)
                .getStatusCode().value()).isEqualTo(404);
    }
}
