package fi.osaava.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * {@code PUT /api/organisations/{id}/profile} over real HTTP with real tokens: this service's own client-credentials
 * tokens for the coordinator and the organisations, and a trusted second issuer for a token with roles no client gets.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "osaava.identity.coordinator.client-secret=" + OrganisationProfileIntegrationTest.SECRET)
class OrganisationProfileIntegrationTest {

    static final String SECRET = "coordinator-secret-of-the-profile-test";

    @DynamicPropertySource
    static void secondIssuer(DynamicPropertyRegistry registry) {
        TrustedTestIssuers.trustTheSecondIssuer(registry);
    }

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    /** A registered organisation and an HTTP client with a token of one of its own clients. */
    record Member(String id, RestClient http) {
    }

    Member register(String name) {
        String body = """
                {"name":"%s (demo)","businessId":"%s","type":"SERVICE_PRODUCER","ring":"MIDDLE",
                 "regions":["11"],"competenceAreasOfInterest":["home-care"],
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

    static String profile(String name, long revision) {
        return """
                {"regions":["11","12"],"competenceAreasOffered":[],
                 "competenceAreasOfInterest":["home-care","medication-safety"],"targetGroups":["STAFF"],
                 "contactEmail":"koulutus@%s.demo.osaava.fi","website":"https://www.%s.demo.osaava.fi",
                 "revision":%d}""".formatted(name, name, revision);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ResponseEntity<Map> put(RestClient http, String organisationId, String body) {
        return http.put().uri("/api/organisations/{id}/profile", organisationId).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> record(RestClient http, String organisationId) {
        return http.get().uri("/api/organisations/{id}", organisationId).retrieve().body(Map.class);
    }

    static long revision(Map<?, ?> record) {
        return ((Number) record.get("revision")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOrganisationItselfChangesItsProfileAndGetsTheWholeRecordWhileNameTypeAndRingStay() {
        Member a = register("alfa");
        long read = revision(record(a.http(), a.id()));

        ResponseEntity<Map> changed = put(a.http(), a.id(), profile("alfa", read).replace("\"targetGroups\":[\"STAFF\"]",
                "\"targetGroups\":[\"STAFF\"],\"name\":\"Renamed\",\"type\":\"UNIVERSITY\",\"ring\":\"CORE\""));

        assertThat(status(changed)).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = changed.getBody();
        assertThat(body).containsEntry("id", a.id()).containsEntry("name", "alfa (demo)")
                .containsEntry("type", "SERVICE_PRODUCER").containsEntry("ring", "MIDDLE")
                .containsEntry("regions", List.of("11", "12"))
                .containsEntry("competenceAreasOfInterest", List.of("home-care", "medication-safety"))
                .containsEntry("targetGroups", List.of("STAFF"))
                .containsEntry("contactEmail", "koulutus@alfa.demo.osaava.fi")
                .containsEntry("website", "https://www.alfa.demo.osaava.fi");
        assertThat(revision(body)).isEqualTo(read + 1);
        assertThat(record(coordinator(), a.id())).containsEntry("regions", List.of("11", "12"))
                .containsEntry("name", "alfa (demo)");

        // the same change again is no change: 200, the same revision, no second event
        ResponseEntity<Map> again = put(a.http(), a.id(), profile("alfa", read));
        assertThat(status(again)).isEqualTo(200);
        assertThat(revision(again.getBody())).isEqualTo(read + 1);
        // the coordinator may change it too
        ResponseEntity<Map> byCoordinator = put(coordinator(), a.id(), profile("alfa", read + 1)
                .replace("\"regions\":[\"11\",\"12\"]", "\"regions\":[\"12\"]").replace(",\"website\":\"https://www.alfa.demo.osaava.fi\"", ""));
        assertThat(status(byCoordinator)).isEqualTo(200);
        assertThat((Map<String, Object>) byCoordinator.getBody()).containsEntry("regions", List.of("12")).containsEntry("website", null);

        try (TopicProbe probe = TopicProbe.on(brokers, "membership.organisations.v1")) {
            // at least once: a save racing the relay may send an event again, always with the same ce_id
            Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
            probe.drain(Duration.ofSeconds(5)).stream().filter(r -> a.id().equals(r.key()))
                    .forEach(r -> byId.putIfAbsent(TopicProbe.header(r, "ce_id"), r));
            List<ConsumerRecord<String, String>> records = List.copyOf(byId.values());
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    EventContracts.ORGANISATION_REGISTERED, EventContracts.ORGANISATION_PROFILE_CHANGED,
                    EventContracts.ORGANISATION_PROFILE_CHANGED);
            records.forEach(r -> EventContracts.assertConforms(TopicProbe.header(r, "ce_type"), r.value()));
            ConsumerRecord<String, String> first = records.get(1);
            assertThat(first.value()).contains("\"revision\":" + (read + 1), "\"regions\":[\"11\",\"12\"]",
                    "\"competenceAreasOfInterest\":[\"home-care\",\"medication-safety\"]",
                    "\"actedBy\":{\"organisationId\":\"" + a.id() + "\"").doesNotContain("Renamed", "\"ring\"");
            assertThat(records.get(2).value()).contains("\"revision\":" + (read + 2), "\"website\":null",
                    "\"actedBy\":{\"organisationId\":\"coordinator\"");
            assertThat(TopicProbe.header(first, "ce_subject")).isEqualTo(a.id());
            assertThat(TopicProbe.header(first, "ce_dataschema"))
                    .isEqualTo(EventContracts.schemaId(EventContracts.ORGANISATION_PROFILE_CHANGED));
        }
    }

    @Test
    void aChangeMadeOnAnOlderRevisionIsA409ProblemAndChangesNothing() {
        Member a = register("beta");
        long read = revision(record(a.http(), a.id()));
        assertThat(status(post(a.http(), a.id(), """
                {"name":"Aino","email":"aino@beta.demo.osaava.fi","language":"fi","listed":true,"receivesAlerts":true}""")))
                .isEqualTo(201);

        ResponseEntity<Map> stale = put(a.http(), a.id(), profile("beta", read));

        assertThat(status(stale)).isEqualTo(409);
        assertThat(stale.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) stale.getBody().get("detail")).contains("revision " + (read + 1));
        assertThat(record(a.http(), a.id())).containsEntry("regions", List.of("11"));
        assertThat(status(put(a.http(), a.id(), profile("beta", read + 1)))).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvalidProfileIsA400ListingTheFields() {
        Member a = register("gamma");

        ResponseEntity<Map> invalid = put(a.http(), a.id(), """
                {"regions":[],"competenceAreasOffered":["no-such-area"],"targetGroups":["STAFF"],
                 "contactEmail":"not-an-address","website":"http://gamma.demo.osaava.fi"}""");

        assertThat(status(invalid)).isEqualTo(400);
        assertThat(invalid.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, String>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("competenceAreasOffered[0].<list element>", "contactEmail", "regions", "revision",
                        "website");
        assertThat(status(put(a.http(), a.id(), "{\"regions\":[\"11\"],\"targetGroups\":[\"STUDENTS\"],"
                + "\"contactEmail\":\"info@gamma.demo.osaava.fi\",\"revision\":1}"))).isEqualTo(400);
        assertThat(record(a.http(), a.id())).containsEntry("contactEmail", "info@gamma.demo.osaava.fi");
    }

    @Test
    void anotherOrganisationGets404WhateverItSendsAndOnlyMembersAndTheCoordinatorMayAsk() {
        Member a = register("delta");
        Member b = register("epsilon");
        long read = revision(record(a.http(), a.id()));

        assertThat(status(put(b.http(), a.id(), profile("epsilon", read)))).isEqualTo(404);
        assertThat(status(put(b.http(), a.id(), "{\"regions\":[]}"))).isEqualTo(404);
        assertThat(status(put(a.http(), "no-such-organisation", profile("delta", read)))).isEqualTo(404);
        assertThat(status(put(coordinator(), "no-such-organisation", profile("delta", read)))).isEqualTo(404);
        assertThat(status(put(anonymous(), a.id(), profile("delta", read)))).isEqualTo(401);
        assertThat(status(put(as(TestTokens.fromSecondIssuer(a.id(), "SYSTEM")), a.id(), profile("delta", read))))
                .isEqualTo(403);

        assertThat(record(a.http(), a.id())).containsEntry("regions", List.of("11"))
                .containsEntry("contactEmail", "info@delta.demo.osaava.fi");
        assertThat(revision(record(a.http(), a.id()))).isEqualTo(read);
    }

    static ResponseEntity<Map> post(RestClient http, String organisationId, String contact) {
        return http.post().uri("/api/organisations/{id}/contacts", organisationId).contentType(MediaType.APPLICATION_JSON)
                .body(contact).retrieve().toEntity(Map.class);
    }
}
