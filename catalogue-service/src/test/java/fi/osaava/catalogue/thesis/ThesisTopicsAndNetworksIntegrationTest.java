package fi.osaava.catalogue.thesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;

/** The thesis topic bank and the networks over real HTTP, with real tokens and the wire-protocol store. */
@ServiceIntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ThesisTopicsAndNetworksIntegrationTest {

    static final String KOTIHOITO = TestTokens.forOrganisation("org-kotihoito-kallavesi", "MEMBER");
    static final String PUIJO = TestTokens.forOrganisation("org-hoivapalvelu-puijo", "MEMBER");
    static final String TOPIC = """
            {"title": "Lääkehoidon turvallisuus ikääntyneiden kotihoidossa",
             "description": "Selvitys lääkehoitosuunnitelmien ajantasaisuudesta ja lääkepoikkeamista kotihoidon asiakkailla.",
             "field": "NURSING", "degreeLevels": ["UAS_BACHELOR", "UAS_MASTER"],
             "competenceAreas": ["medication-calculations"], "regions": ["11"], "language": "fi",
             "contact": {"name": "Hanna Hoitaja", "email": "Hanna.Hoitaja@kotihoito-kallavesi.demo.osaava.fi"}}""";
    static final String SECOND_TOPIC = """
            {"title": "Kuntouttava työote palvelutalossa",
             "description": "Miten kuntouttava työote näkyy arjessa?",
             "field": "REHABILITATION", "degreeLevels": ["VOCATIONAL"],
             "competenceAreas": ["rehabilitative-approach"], "regions": ["11"], "language": "fi",
             "contact": {"name": "Pekka Puijo", "email": "pekka@puijo.demo.osaava.fi"}}""";
    static final String NETWORK = """
            {"name": "Esihenkilöiden vertaisverkosto", "kind": "SUPERVISOR",
             "description": "Sote-alan esihenkilöt jakavat kokemuksia muutosjohtamisesta.",
             "howToJoin": "Ilmoittaudu yhteyshenkilölle sähköpostilla.",
             "competenceAreas": ["leadership-change-management"], "regions": ["11", "06"], "language": "fi",
             "contact": {"name": "Hanna Hoitaja", "email": "hanna.hoitaja@kotihoito-kallavesi.demo.osaava.fi"}}""";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anOrganisationOffersATopicAndAnyoneFindsItByAnInflectedWordWithoutTheContact() {
        Map<String, Object> created = post(KOTIHOITO, "/api/thesis-topics", TOPIC).getBody();
        String id = (String) created.get("id");
        assertThat(created).containsEntry("status", "OPEN").containsEntry("organisationId", "org-kotihoito-kallavesi");
        assertThat((Map<String, Object>) created.get("contact"))
                .containsEntry("email", "hanna.hoitaja@kotihoito-kallavesi.demo.osaava.fi");
        String otherId = (String) post(PUIJO, "/api/thesis-topics", SECOND_TOPIC).getBody().get("id");

        Map<?, ?> found = anonymous().get().uri("/api/thesis-topics?q={q}", "lääkehoidon").retrieve().body(Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) found.get("items");
        // other tests of this class may have offered the same topic; the other organisation's is never found
        assertThat(items).extracting(item -> item.get("id")).contains(id).doesNotContain(otherId);
        assertThat(items).allSatisfy(item -> assertThat(item.get("contact")).isNull());
        assertThat(found.get("total")).isEqualTo(items.size());

        assertThat(ids(anonymous(), "/api/thesis-topics?competenceArea=medication-safety"))
                .as("a broader area finds its narrower ones").contains(id).doesNotContain(otherId);
        assertThat(ids(anonymous(), "/api/thesis-topics?degreeLevel=VOCATIONAL")).doesNotContain(id).contains(otherId);
        assertThat(ids(anonymous(), "/api/thesis-topics?q=kuntoutus&field=NURSING")).isEmpty();
        assertThat((Map<String, Object>) as(PUIJO).get().uri("/api/thesis-topics/{id}", id).retrieve().body(Map.class)
                .get("contact")).containsEntry("name", "Hanna Hoitaja");
    }

    @Test
    void onlyTheOwnerChangesATopicAndAClosedTopicStaysClosed() {
        String id = (String) post(KOTIHOITO, "/api/thesis-topics", TOPIC).getBody().get("id");

        assertThat(status(PUIJO, id, "TAKEN").getStatusCode().value()).as("another organisation").isEqualTo(404);
        ResponseEntity<Map> foreignEdit = as(PUIJO).put().uri("/api/thesis-topics/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).body(SECOND_TOPIC).retrieve().toEntity(Map.class);
        assertThat(foreignEdit.getStatusCode().value()).isEqualTo(404);
        assertThat(status(KOTIHOITO, id, "TAKEN").getBody()).containsEntry("status", "TAKEN");
        assertThat(ids(anonymous(), "/api/thesis-topics")).as("open topics by default").doesNotContain(id);
        assertThat(ids(anonymous(), "/api/thesis-topics?status=TAKEN")).contains(id);
        assertThat(status(KOTIHOITO, id, "CLOSED").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> reopened = status(KOTIHOITO, id, "OPEN");
        assertThat(reopened.getStatusCode().value()).isEqualTo(409);
        assertThat(reopened.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(anonymous().get().uri("/api/thesis-topics/{id}", id).retrieve().body(Map.class))
                .containsEntry("status", "CLOSED").containsEntry("title", "Lääkehoidon turvallisuus ikääntyneiden kotihoidossa");
    }

    @Test
    void badInputIsAProblemWithTheFieldsAndWritesNeedAToken() {
        ResponseEntity<Map> bad = post(KOTIHOITO, "/api/thesis-topics", """
                {"title": "", "field": "ASTROLOGY", "degreeLevels": [], "regions": ["99"], "language": "de",
                 "contact": {"name": "X", "email": "not-an-address"}}""");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map> invalid = post(KOTIHOITO, "/api/thesis-topics", """
                {"title": "", "description": "x", "field": "NURSING", "degreeLevels": [], "regions": ["99"],
                 "competenceAreas": ["astrology"], "language": "de", "contact": {"name": "X", "email": "not-an-address"}}""");
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().get("errors").toString()).contains("title", "degreeLevels", "regions[0]",
                "competenceAreas[0]", "language", "contact.email");
        assertThat(anonymous().post().uri("/api/thesis-topics").contentType(MediaType.APPLICATION_JSON).body(TOPIC)
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(401);
        String system = TestTokens.forOrganisation("org-kotihoito-kallavesi", "SYSTEM");
        assertThat(post(system, "/api/thesis-topics", "{}").getStatusCode().value())
                .as("a system client is refused before its body is read").isEqualTo(403);
        assertThat(post(system, "/api/networks", "{}").getStatusCode().value()).isEqualTo(403);
        assertThat(anonymous().get().uri("/api/thesis-topics?competenceArea=astrology").retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void networksAreFoundByTextKindAreaAndRegionAndTheHostClosesThem() {
        Map<String, Object> created = post(KOTIHOITO, "/api/networks", NETWORK).getBody();
        String id = (String) created.get("id");
        assertThat(created).containsEntry("active", true).containsEntry("kind", "SUPERVISOR");

        // other tests of this class may have started the same network: each test checks its own
        assertThat(ids(anonymous(), "/api/networks?q=muutosjohtamisen")).contains(id);
        assertThat(ids(anonymous(), "/api/networks?q=esihenkilö&region=06&kind=SUPERVISOR")).contains(id);
        assertThat(ids(anonymous(), "/api/networks?q=esihenkilö&region=01")).doesNotContain(id);
        assertThat(ids(anonymous(), "/api/networks?kind=EXPERT")).doesNotContain(id);
        assertThat(ids(anonymous(), "/api/networks?competenceArea=change-management")).as("a narrower area")
                .doesNotContain(id);

        assertThat(as(PUIJO).post().uri("/api/networks/{id}/close", id).retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(as(KOTIHOITO).post().uri("/api/networks/{id}/close", id).retrieve().body(Map.class))
                .containsEntry("active", false);
        assertThat(ids(anonymous(), "/api/networks?q=vertaisverkosto")).doesNotContain(id);
        assertThat(ids(anonymous(), "/api/networks?q=vertaisverkosto&includeClosed=true")).contains(id);
    }

    @Test
    void anyoneReadsTheVocabularyThisServiceValidatesAgainst() {
        Map<?, ?> vocabulary = anonymous().get().uri("/api/vocabulary").retrieve().body(Map.class);
        List<Map<String, Object>> concepts = (List<Map<String, Object>>) vocabulary.get("concepts");

        assertThat(vocabulary.get("version")).isEqualTo(2);
        assertThat(concepts).hasSize(50).filteredOn(concept -> "medication-safety".equals(concept.get("code")))
                .singleElement().satisfies(concept -> {
                    assertThat((List<String>) concept.get("narrower")).contains("medication-calculations");
                    assertThat((Map<String, String>) concept.get("labels")).containsEntry("sv", "Läkemedelssäkerhet");
                });
        assertThat((List<Map<String, Object>>) anonymous().get().uri("/api/regions?language=sv").retrieve()
                .body(List.class)).contains(Map.of("code", "11", "name", "Norra Savolax"));
    }

    @Test
    void erasingAContactPersonInMembershipRemovesThemFromEveryTopicAndNetworkHere() {
        String hanna = "hanna.hoitaja@kotihoito-kallavesi.demo.osaava.fi";
        String topicId = (String) post(KOTIHOITO, "/api/thesis-topics", TOPIC).getBody().get("id");
        String networkId = (String) post(KOTIHOITO, "/api/networks", NETWORK).getBody().get("id");
        String otherTopicId = (String) post(PUIJO, "/api/thesis-topics", SECOND_TOPIC).getBody().get("id");
        assertThat(rawJson("thesis_topics", topicId)).contains(hanna);
        String erased = """
                {"organisationId": "org-kotihoito-kallavesi", "contactPersonId": "c-hanna",
                 "emailSha256": "%s", "revision": 7, "erasedAt": "2026-11-23T10:00:00Z",
                 "actedBy": {"organisationId": "org-kotihoito-kallavesi", "subject": "u-1"}}"""
                .formatted(EmailHash.of("Hanna.Hoitaja@kotihoito-kallavesi.demo.osaava.fi"));

        try (TestEvents events = TestEvents.to(brokers)) {
            String ceId = events.send("membership.organisations.v1", "org-kotihoito-kallavesi",
                    "fi.osaava.membership.contact-person.erased.v1", erased);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(rawJson("thesis_topics", topicId)).doesNotContain(hanna).doesNotContain("Hanna Hoitaja");
                assertThat(rawJson("expert_networks", networkId)).doesNotContain(hanna);
            });
            events.send("membership.organisations.v1", "org-kotihoito-kallavesi",
                    "fi.osaava.membership.contact-person.erased.v1", erased, ceId);
        }

        assertThat(rawJson("thesis_topics", otherTopicId)).as("another person's contact stays")
                .contains("pekka@puijo.demo.osaava.fi");
        Map<?, ?> topic = as(PUIJO).get().uri("/api/thesis-topics/{id}", topicId).retrieve().body(Map.class);
        assertThat(topic.get("contact")).isNull();
        assertThat(topic.get("title")).isEqualTo("Lääkehoidon turvallisuus ikääntyneiden kotihoidossa");
        assertThat(topic.toString()).doesNotContain("emailSha256");
    }

    private String rawJson(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first().toJson();
    }

    private List<Object> ids(RestClient client, String uri) {
        Map<?, ?> page = client.get().uri(uri).retrieve().body(Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> item.get("id")).toList();
    }

    private ResponseEntity<Map> status(String token, String id, String status) {
        return as(token).post().uri("/api/thesis-topics/{id}/status", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status)).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> post(String token, String uri, String body) {
        return as(token).post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }

    private RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    private RestClient anonymous() {
        return TestHttp.to(port).build();
    }
}
