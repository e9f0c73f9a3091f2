package fi.osaava.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;

/**
 * Ecosystems and the participations in them over real HTTP, with tokens of the kit's test issuer (trusted
 * here as a further issuer: this service's primary decoder checks its own keys), and what reaches the
 * embedded broker.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "osaava.identity.coordinator.client-secret=" + MembershipServiceIntegrationTest.SECRET)
class EcosystemsAndParticipationsIntegrationTest {

    static final String ORGS = "membership.organisations.v1";
    static final String ECOSYSTEMS = "membership.ecosystems.v1";
    static final String PARTICIPATION = "fi.osaava.membership.participation.changed.v1";

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        TrustedTestIssuers.trustTheTestIssuer(registry);
    }

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    RestClient coordinator() {
        return as(TestTokens.coordinator());
    }

    RestClient member(String organisationId) {
        return as(TestTokens.forOrganisation(organisationId, "MEMBER"));
    }

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    RestClient anonymous() {
        return TestHttp.to(port).build();
    }

    static ResponseEntity<Map> post(RestClient http, String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    static String slug() {
        return "eko-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registered by the platform coordinator (optionally into an ecosystem); returns its id. */
    String register(String name, String businessId, String ecosystemId, String ring) {
        String body = """
                {"name":"%s (demo)","businessId":"%s","type":"UNIVERSITY_OF_APPLIED_SCIENCES","ring":"%s",
                 "regions":["11"],"competenceAreasOffered":["medication-safety"],"contactEmail":"info@%s.demo.osaava.fi",
                 "demo":true,"website":"https://%s.demo.osaava.fi"%s}"""
                .formatted(name, businessId, ring, name, name, ecosystemId == null ? "" : ",\"ecosystemId\":\"" + ecosystemId + "\"");
        ResponseEntity<Map> created = post(coordinator(), "/api/organisations", body);
        assertThat(status(created)).as("registration of %s", name).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    static String ecosystem(String id, String coordinatorOrganisationId, String name) {
        return """
                {"id":"%s","name":"%s","description":"Demo","regions":["11"],"coordinatorOrganisationId":"%s"}"""
                .formatted(id, name, coordinatorOrganisationId);
    }

    static String application(String name, String businessId, String ring) {
        return """
                {"name":"%s (demo)","businessId":"%s","type":"SERVICE_PRODUCER","regions":["11"],
                 "competenceAreasOffered":["medication-calculations"],"competenceAreasOfInterest":["documentation"],
                 "website":"https://%s.demo.osaava.fi","contactEmail":"info@%s.demo.osaava.fi",
                 "contactPerson":{"name":"Aino Hakija","role":"Toimitusjohtaja","email":"aino@%s.demo.osaava.fi",
                                  "language":"sv","listed":true},
                 "requestedRing":"%s","motivation":"Samat osaamistarpeet kuin muilla"}"""
                .formatted(name, businessId, name, name, name, ring);
    }

    /** Distinct records (by ce_id) of one key on a topic; every one conforms to its schema. */
    List<ConsumerRecord<String, String>> eventsOf(String topic, String key, int atLeast) {
        Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
        try (TopicProbe probe = TopicProbe.on(brokers, topic)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (byId.size() < atLeast && System.nanoTime() < deadline) {
                probe.await(1, Duration.ofMillis(500)).stream().filter(r -> key.equals(r.key()))
                        .forEach(r -> byId.putIfAbsent(TopicProbe.header(r, "ce_id"), r));
            }
        }
        List<ConsumerRecord<String, String>> records = List.copyOf(byId.values());
        records.forEach(r -> EventContracts.assertConforms(TopicProbe.header(r, "ce_type"), r.value()));
        return records;
    }

    static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TopicProbe.header(r, "ce_type")).toList();
    }

    @Test
    void thePlatformCoordinatorFoundsAnEcosystemWhoseCoordinatorOrganisationMayChangeIt() {
        String pshva = register("pshva-" + slug(), TestBusinessIds.random(), null, "CORE");
        String other = register("other-" + slug(), TestBusinessIds.random(), null, "CORE");
        String id = slug();

        // a member is refused before the body is read, even an invalid one
        assertThat(status(post(member(pshva), "/api/ecosystems", "{}"))).isEqualTo(403);
        assertThat(status(post(member(pshva), "/api/ecosystems", ecosystem(id, pshva, "Osaamisen sydän")))).isEqualTo(403);
        assertThat(status(post(coordinator(), "/api/ecosystems", ecosystem(id, "no-such-organisation", "X"))))
                .isEqualTo(400);
        ResponseEntity<Map> founded = post(coordinator(), "/api/ecosystems", ecosystem(id, pshva, "Osaamisen sydän"));
        assertThat(status(founded)).isEqualTo(201);
        assertThat(founded.getHeaders().getLocation()).hasToString("/api/ecosystems/" + id);
        ResponseEntity<Map> again = post(coordinator(), "/api/ecosystems", ecosystem(id, pshva, "Toinen"));
        assertThat(status(again)).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");

        assertThat(anonymous().get().uri("/api/ecosystems").retrieve().body(String.class)).contains(id, "Osaamisen sydän");

        String renamed = ecosystem(id, pshva, "Yhdessä Osaava Pohjois-Savo");
        assertThat(member(other).put().uri("/api/ecosystems/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(renamed).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(member(other).put().uri("/api/ecosystems/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body("{}").retrieve().toBodilessEntity().getStatusCode().value())
                .as("an outsider's invalid body: 403, not a description of the body").isEqualTo(403);
        assertThat(member(pshva).put().uri("/api/ecosystems/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body("{}").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(400);
        assertThat(member(pshva).put().uri("/api/ecosystems/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(renamed).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        assertThat(anonymous().get().uri("/api/ecosystems/{id}", id).retrieve().body(String.class))
                .contains("Yhdessä Osaava Pohjois-Savo");

        List<ConsumerRecord<String, String>> events = eventsOf(ECOSYSTEMS, id, 2);
        assertThat(types(events)).containsExactly(EventContracts.ECOSYSTEM_FOUNDED, EventContracts.ECOSYSTEM_UPDATED);
        assertThat(events.get(1).value()).contains("\"previousCoordinatorOrganisationId\":\"" + pshva + "\"",
                "\"actedBy\":{\"organisationId\":\"" + pshva + "\"");
        // the coordinator organisation joined its ecosystem with the coordinator role
        List<ConsumerRecord<String, String>> joined = eventsOf(ORGS, pshva, 2);
        assertThat(joined.get(1).value()).contains("\"ecosystemId\":\"" + id + "\"", "\"change\":\"JOINED\"",
                "\"roles\":[\"COORDINATOR\"]", "\"ring\":\"CORE\"");
    }

    @Test
    void anApplicantIsApprovedSuspendedReinstatedAndLeavesAndEachStepIsAConformingEvent() {
        String pshva = register("pshva-" + slug(), TestBusinessIds.random(), null, "CORE");
        String other = register("other-" + slug(), TestBusinessIds.random(), null, "CORE");
        String id = slug();
        assertThat(status(post(coordinator(), "/api/ecosystems", ecosystem(id, pshva, "Ekosysteemi")))).isEqualTo(201);
        String name = "hoiva-" + slug();
        String businessId = TestBusinessIds.random();

        ResponseEntity<Map> received = post(anonymous(), "/api/ecosystems/" + id + "/applications",
                application(name, businessId, "MIDDLE"));
        assertThat(status(received)).isEqualTo(202);
        assertThat(received.getBody()).containsEntry("status", "RECEIVED");
        assertThat(status(post(anonymous(), "/api/ecosystems/no-such/applications", application(name, businessId, "MIDDLE"))))
                .isEqualTo(404);

        // only the ecosystem's coordinator sees who applied
        assertThat(member(other).get().uri("/api/ecosystems/{id}/applications", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        assertThat(anonymous().get().uri("/api/ecosystems/{id}/applications", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
        List<Map> pending = member(pshva).get().uri("/api/ecosystems/{id}/applications", id).retrieve().body(List.class);
        assertThat(pending).hasSize(1);
        String applicant = (String) pending.get(0).get("organisationId");
        assertThat(pending.get(0)).containsEntry("businessId", businessId).containsEntry("requestedRing", "MIDDLE")
                .containsEntry("motivation", "Samat osaamistarpeet kuin muilla");
        String base = "/api/ecosystems/" + id + "/participations/" + applicant;

        assertThat(status(post(member(other), base + "/approve", "{\"ring\":\"CORE\"}"))).isEqualTo(403);
        assertThat(status(post(member(other), base + "/approve", "{}"))).isEqualTo(403);
        assertThat(status(post(member(other), base + "/reject", "{}"))).isEqualTo(403);
        assertThat(status(post(member(pshva), base + "/approve", "{\"ring\":\"CORE\",\"roles\":[\"COORDINATOR\"]}")))
                .isEqualTo(400);
        assertThat(status(post(member(pshva), base + "/approve", "{}"))).isEqualTo(400);
        assertThat(status(post(member(pshva), base + "/reinstate", ""))).isEqualTo(409);
        ResponseEntity<Map> approved = post(member(pshva), base + "/approve",
                "{\"ring\":\"CORE\",\"roles\":[\"WORKING_GROUP\"]}");
        assertThat(status(approved)).isEqualTo(200);
        assertThat(approved.getBody()).containsEntry("status", "ACTIVE").containsEntry("ring", "CORE");
        assertThat(status(post(member(pshva), base + "/approve", "{\"ring\":\"CORE\"}"))).isEqualTo(409);
        assertThat(status(post(member(pshva), base + "/suspend", "{\"reason\":\" \"}"))).isEqualTo(400);
        assertThat(status(post(member(pshva), base + "/suspend", "{\"reason\":\"Maksut maksamatta\"}"))).isEqualTo(200);
        assertThat(status(post(coordinator(), base + "/reinstate", ""))).isEqualTo(200);
        assertThat(status(post(member(other), base + "/leave", ""))).isEqualTo(403);
        assertThat(status(post(member(applicant), base + "/leave", ""))).isEqualTo(200);
        assertThat(status(post(member(applicant), base + "/leave", ""))).isEqualTo(409);
        assertThat(status(post(member(pshva), "/api/ecosystems/" + id + "/participations/nobody/suspend",
                "{\"reason\":\"x\"}"))).isEqualTo(404);

        List<ConsumerRecord<String, String>> events = eventsOf(ORGS, applicant, 7);
        assertThat(types(events)).containsExactly(EventContracts.ORGANISATION_REGISTERED,
                EventContracts.ORGANISATION_CONTACTS_CHANGED, PARTICIPATION, PARTICIPATION, PARTICIPATION,
                PARTICIPATION, PARTICIPATION);
        assertThat(events.get(0).value()).contains("\"status\":\"APPLIED\"");
        assertThat(events.stream().skip(2).map(ConsumerRecord::value).toList()).satisfiesExactly(
                applied -> assertThat(applied).contains("\"change\":\"APPLIED\"", "\"organisationStatus\":\"APPLIED\""),
                approval -> assertThat(approval).contains("\"change\":\"APPROVED\"", "\"organisationStatus\":\"ACTIVE\"",
                        "\"roles\":[\"WORKING_GROUP\"]", "\"actedBy\":{\"organisationId\":\"" + pshva + "\""),
                suspension -> assertThat(suspension).contains("\"change\":\"SUSPENDED\"", "\"reason\":\"Maksut maksamatta\"",
                        "\"organisationStatus\":\"SUSPENDED\""),
                reinstatement -> assertThat(reinstatement).contains("\"change\":\"REINSTATED\""),
                leaving -> assertThat(leaving).contains("\"change\":\"LEFT\"", "\"organisationStatus\":\"LEFT\""));
        // the contact person's address travels only in contacts-changed, never in a participation event
        assertThat(events.stream().skip(2).map(ConsumerRecord::value)).allSatisfy(v -> assertThat(v).doesNotContain("aino@"));
    }

    @Test
    void aRegisteredOrganisationApplyingToAnotherEcosystemIsMatchedByItsBusinessIdAndTheAnswerTellsNothing() {
        String pshva = register("pshva-" + slug(), TestBusinessIds.random(), null, "CORE");
        String first = slug();
        String second = slug();
        assertThat(status(post(coordinator(), "/api/ecosystems", ecosystem(first, pshva, "Eka")))).isEqualTo(201);
        assertThat(status(post(coordinator(), "/api/ecosystems", ecosystem(second, pshva, "Toka")))).isEqualTo(201);
        String businessId = TestBusinessIds.random();
        String name = "savo-" + slug();
        String member = register(name, businessId, first, "MIDDLE");

        ResponseEntity<Map> known = post(anonymous(), "/api/ecosystems/" + second + "/applications",
                application("someone-else", businessId, "OUTER"));
        ResponseEntity<Map> unknown = post(anonymous(), "/api/ecosystems/" + second + "/applications",
                application("new-" + slug(), TestBusinessIds.random(), "OUTER"));
        ResponseEntity<Map> already = post(anonymous(), "/api/ecosystems/" + first + "/applications",
                application("someone-else", businessId, "OUTER"));
        assertThat(List.of(status(known), status(unknown), status(already))).containsOnly(202);
        assertThat(known.getBody()).isEqualTo(unknown.getBody()).doesNotContainKey("organisationId");

        Map<String, Object> record = member(member).get().uri("/api/organisations/{id}", member).retrieve().body(Map.class);
        // the anonymous application changed nothing of the member's record, and it stays active
        assertThat(record).containsEntry("name", name + " (demo)").containsEntry("status", "ACTIVE")
                .containsEntry("website", "https://" + name + ".demo.osaava.fi");
        assertThat((List<Map>) record.get("participations")).extracting(p -> p.get("ecosystemId") + ":" + p.get("status"))
                .containsExactly(first + ":ACTIVE", second + ":APPLIED");
        List<Map> pending = coordinator().get().uri("/api/ecosystems/{id}/applications", second).retrieve().body(List.class);
        assertThat(pending).extracting(p -> p.get("organisationId")).contains(member);
    }

    @Test
    void aBrokenApplicationIsA400ListingEveryBadFieldAndRegistersNothing() {
        String pshva = register("pshva-" + slug(), TestBusinessIds.random(), null, "CORE");
        String id = slug();
        assertThat(status(post(coordinator(), "/api/ecosystems", ecosystem(id, pshva, "Kolmas")))).isEqualTo(201);
        String name = "broken-" + slug();
        String broken = application(name, "1234567-8", "OUTER")
                .replace("https://" + name, "http://" + name)
                .replace("\"medication-calculations\"", "\"astrology\"")
                .replace("\"language\":\"sv\"", "\"language\":\"de\"");

        ResponseEntity<Map> refused = post(anonymous(), "/api/ecosystems/" + id + "/applications", broken);

        assertThat(status(refused)).isEqualTo(400);
        assertThat((List<Map>) refused.getBody().get("errors")).extracting(e -> (String) e.get("field"))
                .contains("businessId", "website", "competenceAreasOffered[0]", "contactPerson.language");
        assertThat(coordinator().get().uri("/api/ecosystems/{id}/applications", id).retrieve().body(List.class)).isEmpty();
        assertThat(status(post(anonymous(), "/api/ecosystems/no-such-ecosystem/applications",
                application(name, TestBusinessIds.random(), "OUTER")))).isEqualTo(404);
    }

    @Test
    void theDirectoryShowsActiveParticipantsWithContactsOnlyToThoseWhoMaySeeThem() {
        String pshva = register("pshva-" + slug(), TestBusinessIds.random(), null, "CORE");
        String id = slug();
        assertThat(status(post(coordinator(), "/api/ecosystems", ecosystem(id, pshva, "Hakemisto")))).isEqualTo(201);
        String name = "dir-" + slug();
        String businessId = TestBusinessIds.random();
        assertThat(status(post(anonymous(), "/api/ecosystems/" + id + "/applications",
                application(name, businessId, "MIDDLE")))).isEqualTo(202);
        String applicant = (String) ((Map) coordinator().get().uri("/api/ecosystems/{id}/applications", id).retrieve()
                .body(List.class).get(0)).get("organisationId");
        String query = "/api/directory?ecosystem=" + id;
        assertThat(anonymous().get().uri(query).retrieve().body(List.class)).extracting(e -> ((Map) e).get("id"))
                .containsExactly(pshva);

        assertThat(status(post(member(pshva), "/api/ecosystems/" + id + "/participations/" + applicant + "/approve",
                "{\"ring\":\"MIDDLE\",\"roles\":[\"CONTACT_POINT\"]}"))).isEqualTo(200);

        String publicCards = anonymous().get().uri(query).retrieve().body(String.class);
        assertThat(publicCards).contains(name, "https://" + name + ".demo.osaava.fi", "CONTACT_POINT")
                .doesNotContain("aino@", businessId, "info@" + name, "contactPersons");
        String asMember = member("some-member").get().uri(query).retrieve().body(String.class);
        assertThat(asMember).contains("aino@" + name + ".demo.osaava.fi", "Aino Hakija").doesNotContain(businessId);
        String asCoordinator = member(pshva).get().uri(query).retrieve().body(String.class);
        assertThat(asCoordinator).contains("aino@" + name, businessId, "info@" + name, "receivesAlerts");

        // filters: ring in the ecosystem, type, region, a broader competence area covers its narrower ones
        assertThat(ids(query + "&ring=MIDDLE")).containsExactly(applicant);
        assertThat(ids(query + "&ring=CORE")).containsExactly(pshva);
        assertThat(ids(query + "&type=SERVICE_PRODUCER")).containsExactly(applicant);
        assertThat(ids(query + "&region=06")).isEmpty();
        assertThat(ids(query + "&competenceArea=medication-safety")).containsExactlyInAnyOrder(pshva, applicant);
        assertThat(ids(query + "&competenceArea=medication-calculations")).containsExactly(applicant);
        assertThat(ids(query + "&competenceArea=documentation")).isEmpty();

        assertThat(status(post(member(pshva), "/api/ecosystems/" + id + "/participations/" + applicant + "/suspend",
                "{\"reason\":\"Tauolla\"}"))).isEqualTo(200);
        assertThat(ids(query)).containsExactly(pshva);
    }

    List<Object> ids(String uri) {
        return anonymous().get().uri(uri).retrieve().body(List.class).stream().map(e -> ((Map) e).get("id")).toList();
    }
}
