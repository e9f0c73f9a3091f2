package fi.osaava.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;

/**
 * Contact persons over real HTTP with real tokens: this service's own client-credentials tokens for the
 * coordinator and the organisations, and a trusted second issuer for a token with roles no client gets.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "osaava.identity.coordinator.client-secret=" + ContactPersonsIntegrationTest.SECRET)
@ExtendWith(OutputCaptureExtension.class)
class ContactPersonsIntegrationTest {

    static final String SECRET = "coordinator-secret-of-the-contacts-test";
    static final String CHANGED = "fi.osaava.membership.organisation.contacts-changed.v1";
    static final String ERASED = "fi.osaava.membership.contact-person.erased.v1";

    @DynamicPropertySource
    static void secondIssuer(DynamicPropertyRegistry registry) {
        TrustedTestIssuers.trustTheSecondIssuer(registry);
    }

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    /** A registered organisation and an HTTP client with a token of one of its own clients. */
    record Member(String id, RestClient http) {
    }

    Member register(String name) {
        String body = """
                {"name":"%s (demo)","businessId":"%s","type":"UNIVERSITY_OF_APPLIED_SCIENCES","ring":"CORE",
                 "regions":["11"],"competenceAreasOffered":["medication-safety"],
                 "contactEmail":"info@%s.demo.osaava.fi","demo":true}""".formatted(name, TestBusinessIds.random(), name);
        Map<?, ?> created = coordinator().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Map.class);
        String id = (String) created.get("id");
        Map<?, ?> client = coordinator().post().uri("/api/organisations/{id}/clients", id).retrieve().body(Map.class);
        return new Member(id, as(token((String) client.get("clientId"), (String) client.get("clientSecret"))));
    }

    RestClient coordinator() {
        return as(token("coordinator", SECRET));
    }

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    RestClient anonymous() {
        return TestHttp.to(port).build();
    }

    String token(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return (String) anonymous().post().uri("/oauth2/token").headers(h -> h.setBasicAuth(clientId, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class)
                .get("access_token");
    }

    static String contact(String name, String email, boolean listed, boolean receivesAlerts) {
        return """
                {"name":"%s","role":"Koulutuspäällikkö","email":"%s","language":"fi","listed":%s,"receivesAlerts":%s}"""
                .formatted(name, email, listed, receivesAlerts);
    }

    static ResponseEntity<Map> post(RestClient http, String organisationId, String body) {
        return http.post().uri("/api/organisations/{id}/contacts", organisationId).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    static int delete(RestClient http, String organisationId, String contactPersonId) {
        return http.delete().uri("/api/organisations/{id}/contacts/{contact}", organisationId, contactPersonId)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    static String list(RestClient http, String organisationId) {
        return http.get().uri("/api/organisations/{id}/contacts", organisationId).retrieve().body(String.class);
    }

    @Test
    void onlyTheOrganisationItselfAndTheCoordinatorManageItsContactPersons() {
        Member a = register("alfa");
        Member b = register("beta");

        ResponseEntity<Map> created = post(a.http(), a.id(), contact("Aino", "aino@alfa.demo.osaava.fi", false, true));
        assertThat(status(created)).isEqualTo(201);
        String aino = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/organisations/" + a.id() + "/contacts/" + aino);
        assertThat(status(post(coordinator(), a.id(), contact("Kalle", "kalle@alfa.demo.osaava.fi", false, false))))
                .isEqualTo(201);

        // another organisation: 404 as if there were nothing, and nothing changes
        assertThat(status(post(b.http(), a.id(), contact("Mallory", "mallory@beta.demo.osaava.fi", true, true))))
                .isEqualTo(404);
        assertThat(delete(b.http(), a.id(), aino)).isEqualTo(404);
        // no token: 401; a token without MEMBER or COORDINATOR: 403
        assertThat(status(post(anonymous(), a.id(), contact("Anon", "anon@alfa.demo.osaava.fi", true, true))))
                .isEqualTo(401);
        assertThat(delete(anonymous(), a.id(), aino)).isEqualTo(401);
        assertThat(anonymous().get().uri("/api/organisations/{id}/contacts", a.id()).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
        RestClient systemOnly = as(TestTokens.fromSecondIssuer(a.id(), "SYSTEM"));
        assertThat(status(post(systemOnly, a.id(), contact("Robo", "robo@alfa.demo.osaava.fi", true, true))))
                .isEqualTo(403);
        assertThat(delete(systemOnly, a.id(), aino)).isEqualTo(403);

        assertThat(list(coordinator(), a.id())).contains("aino@alfa.demo.osaava.fi", "kalle@alfa.demo.osaava.fi")
                .doesNotContain("mallory", "anon@", "robo@");
        assertThat(list(a.http(), a.id())).contains("aino@alfa.demo.osaava.fi", "kalle@alfa.demo.osaava.fi");
    }

    @Test
    void otherMembersSeeOnlyTheContactPersonsWhoConsentedToBeListed() {
        Member a = register("gamma");
        Member b = register("delta");
        post(a.http(), a.id(), contact("Listattu", "listed@gamma.demo.osaava.fi", true, false));
        post(a.http(), a.id(), contact("Piilossa", "hidden@gamma.demo.osaava.fi", false, true));

        String seenByOthers = list(b.http(), a.id());
        assertThat(seenByOthers).contains("listed@gamma.demo.osaava.fi", "Koulutuspäällikkö")
                .doesNotContain("hidden@gamma.demo.osaava.fi", "Piilossa", "receivesAlerts", "listed\"");
        assertThat(list(a.http(), a.id())).contains("listed@gamma.demo.osaava.fi", "hidden@gamma.demo.osaava.fi");
        assertThat(list(coordinator(), a.id())).contains("listed@gamma.demo.osaava.fi", "hidden@gamma.demo.osaava.fi");
        // the organisation's own address stays out of every answer an anonymous caller gets
        assertThat(anonymous().get().uri("/api/organisations/{id}", a.id()).retrieve().body(String.class))
                .doesNotContain("@gamma.demo.osaava.fi");
        assertThat(anonymous().get().uri("/api/organisations").retrieve().body(String.class))
                .doesNotContain("@gamma.demo.osaava.fi");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvalidContactPersonIsA400ListingTheFieldsAndTheSameAddressTwiceA409() {
        Member a = register("epsilon");

        ResponseEntity<Map> invalid = post(a.http(), a.id(),
                "{\"name\":\" \",\"email\":\"not-an-address\",\"language\":\"de\",\"role\":\"" + "x".repeat(201) + "\"}");
        assertThat(status(invalid)).isEqualTo(400);
        assertThat(invalid.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, String>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("email", "language", "name", "role");

        assertThat(status(post(a.http(), a.id(), contact("Aino", "aino@epsilon.demo.osaava.fi", true, true))))
                .isEqualTo(201);
        ResponseEntity<Map> again = post(a.http(), a.id(), contact("Aino 2", "AINO@Epsilon.demo.osaava.fi", false, false));
        assertThat(status(again)).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) again.getBody().get("detail")).doesNotContainIgnoringCase("aino@");
        assertThat(status(post(a.http(), "no-such-organisation", contact("X", "x@epsilon.demo.osaava.fi", true, true))))
                .isEqualTo(404);
    }

    @Test
    void erasureRemovesTheContactPersonFromTheStoreAndPublishesSchemaValidEventsWithoutTheAddress(CapturedOutput output)
            throws Exception {
        Member a = register("zeta");
        String erasedAddress = "Erik.Erased@zeta.demo.osaava.fi";
        String erik = (String) post(a.http(), a.id(), contact("Erik Erased", erasedAddress, true, true)).getBody().get("id");
        post(a.http(), a.id(), contact("Kaisa Kept", "kaisa@zeta.demo.osaava.fi", true, true));

        assertThat(delete(a.http(), a.id(), erik)).isEqualTo(204);

        // the document, outbox included once the relay has sent it, keeps nothing of the person but the id
        await().atMost(Duration.ofSeconds(20)).until(() -> organisationDocument(a.id()).getList("outbox", Object.class).isEmpty());
        String stored = organisationDocument(a.id()).toJson();
        assertThat(stored).containsIgnoringCase("kaisa@zeta").doesNotContainIgnoringCase("erik.erased")
                .doesNotContain("Erik Erased").contains(erik);
        assertThat(list(a.http(), a.id())).doesNotContainIgnoringCase("erik");

        // erasing again is harmless (204, no new event); an id that never was a contact is 404
        assertThat(delete(a.http(), a.id(), erik)).isEqualTo(204);
        assertThat(delete(coordinator(), a.id(), "never-was-a-contact")).isEqualTo(404);

        try (TopicProbe probe = TopicProbe.on(brokers, "membership.organisations.v1")) {
            // at least once: a save racing the relay may send an event again, always with the same ce_id
            Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
            probe.drain(Duration.ofSeconds(5)).stream().filter(r -> a.id().equals(r.key()))
                    .forEach(r -> byId.putIfAbsent(TopicProbe.header(r, "ce_id"), r));
            List<ConsumerRecord<String, String>> records = List.copyOf(byId.values());
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    "fi.osaava.membership.organisation.registered.v1", CHANGED, CHANGED, CHANGED, ERASED);
            records.forEach(r -> EventContracts.assertConforms(TopicProbe.header(r, "ce_type"), r.value()));
            ConsumerRecord<String, String> listAfter = records.get(3);
            ConsumerRecord<String, String> erased = records.get(4);
            assertThat(listAfter.value()).contains("\"revision\":4", "kaisa@zeta.demo.osaava.fi")
                    .doesNotContainIgnoringCase("erik");
            assertThat(erased.value()).contains("\"revision\":4", "\"contactPersonId\":\"" + erik + "\"",
                    "\"emailSha256\":\"" + sha256("erik.erased@zeta.demo.osaava.fi") + "\"",
                    "\"actedBy\":{\"organisationId\":\"" + a.id() + "\"").doesNotContainIgnoringCase("erik.erased");
            assertThat(TopicProbe.header(erased, "ce_subject")).isEqualTo(a.id());
            assertThat(TopicProbe.header(erased, "ce_dataschema")).isEqualTo(EventContracts.schemaId(ERASED));
        }
        // contact addresses never reach the logs
        assertThat(output.getAll()).doesNotContainIgnoringCase("erik.erased@").doesNotContain("kaisa@zeta");
    }

    Document organisationDocument(String id) {
        return mongo.getCollection("organisations").find(new Document("_id", id)).first();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
