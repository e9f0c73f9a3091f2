package fi.osaava.catalogue.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The complete offering over HTTP: its fields and rules, revision, archiving, bulk import and contact erasure. The
 * archiving job runs every 300 ms here (src/test/resources/config/application.properties).
 */
@ServiceIntegrationTest
class CompleteOfferingIntegrationTest {

    static final String OFFERINGS = "catalogue.offerings.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A funded, hybrid, bilingual training with everything an offering can have. */
    static final String FUNDED = """
            {"titles":{"fi":"Muutosjohtamisen valmennus esihenkilöille","sv":"Förändringsledning för chefer"},
             "summaries":{"fi":"Neljä työpajaa muutoksen johtamisesta."},
             "descriptions":{"fi":"Valmennus sote-esihenkilöille: muutoksen vaiheet, viestintä ja henkilöstön tuki.",
                             "sv":"Coachning för chefer inom social- och hälsovården."},
             "category":"CHANGE_SUPPORT","targetGroups":["SUPERVISORS"],
             "competenceAreas":["medication-safety"],"regions":["06","11"],
             "delivery":{"mode":"HYBRID","place":"TAMK, Kuntokatu 3, Tampere","onlineUrl":"https://tamk.example.fi/muutos"},
             "startsAt":"2027-02-01T07:00:00Z","endsAt":"2027-04-30T13:00:00Z",
             "registrationDeadline":"2027-01-15T21:59:59Z",
             "pricing":{"kind":"FUNDED","funder":"Pirkanmaan hyvinvointialue"},"capacity":25,
             "teachingLanguages":["fi","sv"],
             "contact":{"name":"Tiina Tamk","email":"Tiina.Tamk@tamk.example.fi"},
             "attachments":[{"title":"Ohjelma","url":"https://tamk.example.fi/muutos/ohjelma.pdf"}],
             "externalId":"TAMK-MJ-1","sourceSystem":"tamk-opinto"}""";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aCompleteOfferingIsStoredInTheAgreedShapeAndShowsItsContactOnlyToSignedInCallers() {
        String org = "org-" + UUID.randomUUID();
        ResponseEntity<Map> created = post(as(org), "/api/offerings?publish=true", FUNDED);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> view = created.getBody();
        String id = (String) view.get("id");
        assertThat(view).containsEntry("title", "Muutosjohtamisen valmennus esihenkilöille")
                .containsEntry("status", "PUBLISHED").containsEntry("capacity", 25)
                .containsEntry("registrationDeadline", "2027-01-15T21:59:59Z")
                .containsEntry("teachingLanguages", List.of("fi", "sv")).containsEntry("externalId", "TAMK-MJ-1");
        assertThat((Map<String, Object>) view.get("pricing")).containsEntry("kind", "FUNDED")
                .containsEntry("funder", "Pirkanmaan hyvinvointialue");
        assertThat((Map<String, Object>) view.get("delivery")).containsEntry("mode", "HYBRID")
                .containsEntry("place", "TAMK, Kuntokatu 3, Tampere");
        assertThat((Map<String, Object>) view.get("titles")).containsEntry("sv", "Förändringsledning för chefer");
        assertThat((Map<String, Object>) view.get("contact")).containsEntry("email", "tiina.tamk@tamk.example.fi");

        Map<String, Object> anonymous = TestHttp.to(port).build().get().uri("/api/offerings/{id}", id).retrieve().body(Map.class);
        assertThat(anonymous.get("contact")).isNull();
        assertThat(anonymous).containsEntry("capacity", 25);
        Map<String, Object> signedIn = as("org-" + UUID.randomUUID()).get().uri("/api/offerings/{id}", id).retrieve().body(Map.class);
        assertThat((Map<String, Object>) signedIn.get("contact")).containsEntry("name", "Tiina Tamk");

        Document raw = mongo.getCollection("offerings").find(new Document("_id", id)).first();
        assertThat(raw.getString("providerOrganisationId")).isEqualTo(org);
        assertThat(raw.getString("status")).isEqualTo("PUBLISHED");
        assertThat(raw.getString("title")).isEqualTo("Muutosjohtamisen valmennus esihenkilöille");
        assertThat(raw.get("startsAt")).isInstanceOf(Date.class);
        assertThat(raw.get("endsAt")).isInstanceOf(Date.class);
        assertThat(raw.getDate("registrationDeadline").toInstant()).hasToString("2027-01-15T21:59:59Z");
        assertThat(raw.get("capacity")).isEqualTo(25);
        assertThat(raw.get("pricing", Document.class).getString("kind")).isEqualTo("FUNDED");
        assertThat(raw.get("contact", Document.class).getString("emailSha256")).isEqualTo(EmailHash.of("tiina.tamk@tamk.example.fi"));

        ResponseEntity<Map> paid = post(as(org), "/api/offerings", FUNDED.replace(
                "\"pricing\":{\"kind\":\"FUNDED\",\"funder\":\"Pirkanmaan hyvinvointialue\"}",
                "\"pricing\":{\"kind\":\"PAID\",\"priceEur\":149.5}").replace("TAMK-MJ-1", "TAMK-MJ-2"));
        assertThat(paid.getStatusCode().value()).isEqualTo(201);
        Object price = mongo.getCollection("offerings").find(new Document("_id", paid.getBody().get("id"))).first()
                .get("pricing", Document.class).get("priceEur");
        assertThat(price).as("a BSON decimal, not a string").isInstanceOf(Decimal128.class);
        assertThat(((Decimal128) price).bigDecimalValue()).isEqualByComparingTo("149.50");

        assertThat(post(as(org), "/api/offerings", FUNDED).getStatusCode().value())
                .as("the same externalId twice").isEqualTo(409);
    }

    @Test
    void eachRuleIsA400NamingItsFields() {
        RestClient tamk = as("org-" + UUID.randomUUID());
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> {
            o.putObject("titles").put("fi", " ");
            o.put("endsAt", "2027-01-01T00:00:00Z");
        })))).containsExactly("endsAt", "titles");
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> o.put("registrationDeadline", "2027-03-01T00:00:00Z")))))
                .containsExactly("registrationDeadline");
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> {
            o.remove("capacity");
            o.remove("registrationDeadline");
        })))).containsExactly("capacity", "registrationDeadline");
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> o.putObject("pricing").put("kind", "PAID")))))
                .containsExactly("pricing.priceEur");
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> o.putObject("delivery").put("mode", "ON_SITE")))))
                .containsExactly("delivery.place");
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> {
            o.putObject("delivery").put("mode", "ONLINE").put("onlineUrl", "http://tamk.example.fi/x");
            ((ObjectNode) o.get("attachments").get(0)).put("url", "http://tamk.example.fi/a.pdf");
        })))).containsExactly("attachments[0].url", "delivery.onlineUrl");
        assertThat(errorFields(post(tamk, "/api/offerings", with(FUNDED, o -> {
            o.remove("startsAt");
            o.remove("delivery");
            o.remove("pricing");
            o.putArray("teachingLanguages").add("de");
            o.putObject("contact").put("name", "X").put("email", "not-an-address");
        })))).containsExactly("contact.email", "delivery", "pricing", "startsAt", "teachingLanguages[0]");
    }

    @Test
    void theOwnerRevisesAPublishedOfferingAndOthersCannotSeeItToReviseIt() {
        String org = "org-" + UUID.randomUUID();
        String id = (String) post(as(org), "/api/offerings?publish=true", FUNDED.replace("TAMK-MJ-1", "TAMK-R")).getBody().get("id");
        String revised = with(FUNDED.replace("TAMK-MJ-1", "TAMK-R"), o -> o.put("capacity", 30));

        assertThat(put(as("org-" + UUID.randomUUID()), id, revised).getStatusCode().value()).isEqualTo(404);
        assertThat(errorFields(put(as(org), id, with(revised, o -> o.remove("registrationDeadline")))))
                .containsExactly("registrationDeadline");
        try (TopicProbe published = TopicProbe.on(brokers, OFFERINGS)) {
            ResponseEntity<Map> answer = put(as(org), id, revised);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat((Map<String, Object>) answer.getBody()).containsEntry("capacity", 30).containsEntry("status", "PUBLISHED");
            ConsumerRecord<String, String> updated = await(published, r -> id.equals(r.key())
                    && EventContracts.OFFERING_UPDATED.equals(TopicProbe.header(r, "ce_type")));
            EventContracts.assertConforms(EventContracts.OFFERING_UPDATED, updated.value());
            assertThat(updated.value()).contains("\"capacity\":30", "\"registrationDeadline\":\"2027-01-15T21:59:59Z\"")
                    .doesNotContain("tiina", "Tiina");
        }
        post(as(org), "/api/offerings/" + id + "/withdraw", "{\"reason\":\"Peruttu\"}");
        assertThat(put(as(org), id, revised).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aPublishedOfferingThatHasEndedIsArchivedWithAnEventAndThenChangesNoMore() {
        String org = "org-" + UUID.randomUUID();
        String ended = with(FUNDED, o -> {
            o.remove("externalId");
            o.put("startsAt", "2026-01-01T08:00:00Z").put("endsAt", "2026-01-02T08:00:00Z")
                    .put("registrationDeadline", "2025-12-01T00:00:00Z");
        });
        try (TopicProbe published = TopicProbe.on(brokers, OFFERINGS)) {
            String id = (String) post(as(org), "/api/offerings?publish=true", ended).getBody().get("id");
            String draftId = (String) post(as(org), "/api/offerings", ended).getBody().get("id");
            String runningId = (String) post(as(org), "/api/offerings?publish=true", with(FUNDED, o -> o.remove("externalId")))
                    .getBody().get("id");

            ConsumerRecord<String, String> archived = await(published, r -> id.equals(r.key())
                    && EventContracts.OFFERING_ARCHIVED.equals(TopicProbe.header(r, "ce_type")));
            EventContracts.assertConforms(EventContracts.OFFERING_ARCHIVED, archived.value());
            assertThat(archived.value()).contains("\"endsAt\":\"2026-01-02T08:00:00Z\"", org);

            Map<String, Object> view = as(org).get().uri("/api/offerings/{id}", id).retrieve().body(Map.class);
            assertThat(view).containsEntry("status", "ARCHIVED").containsKey("archivedAt");
            assertThat(as(org).get().uri("/api/offerings/{id}", draftId).retrieve().body(Map.class)).containsEntry("status", "DRAFT");
            assertThat(as(org).get().uri("/api/offerings/{id}", runningId).retrieve().body(Map.class)).containsEntry("status", "PUBLISHED");
            assertThat(post(as(org), "/api/offerings/" + id + "/withdraw", "{\"reason\":\"x\"}").getStatusCode().value()).isEqualTo(409);
            assertThat(put(as(org), id, ended).getStatusCode().value()).isEqualTo(409);
            assertThat(post(as(org), "/api/offerings/" + id + "/publish", "{}").getStatusCode().value()).isEqualTo(409);
        }
    }

    @Test
    void aThousandOfferingsAreImportedWithAResultPerItemAndAReimportChangesNothing() {
        String org = "org-" + UUID.randomUUID();
        RestClient system = as(org, "SYSTEM");
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (int i = 0; i < 1000; i++) {
            ObjectNode item = (ObjectNode) JSON.readTree(FUNDED);
            item.put("externalId", "TAMK-" + i).put("publish", i % 2 == 0);
            item.remove("contact");
            ((ObjectNode) item.get("titles")).put("fi", "Muutosjohtaminen " + i);
            items.add(item);
        }
        ((ObjectNode) items.get(3)).putObject("pricing").put("kind", "PAID");
        ((ObjectNode) items.get(10)).put("category", "5");
        ((ObjectNode) items.get(500)).remove("capacity");
        ((ObjectNode) items.get(998)).put("externalId", "TAMK-997");
        ((ObjectNode) items.get(999)).remove("titles");

        Map<String, Object> report = post(system, "/api/offerings/import", JSON.writeValueAsString(body)).getBody();

        assertThat(report).containsEntry("created", 995).containsEntry("updated", 0).containsEntry("unchanged", 0)
                .containsEntry("failed", 5);
        List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
        assertThat(results).hasSize(1000);
        assertThat(results.get(0)).containsEntry("index", 0).containsEntry("externalId", "TAMK-0")
                .containsEntry("status", "CREATED").containsKey("offeringId");
        assertThat(results).filteredOn(r -> "FAILED".equals(r.get("status")))
                .extracting(r -> r.get("index"), r -> fields((List<Map<String, String>>) r.get("errors")))
                .containsExactly(
                        tuple(3, List.of("items[3].pricing.priceEur")),
                        tuple(10, List.of("items[10].category")),
                        tuple(500, List.of("items[500].capacity")),
                        tuple(998, List.of("items[998].externalId")),
                        tuple(999, List.of("items[999].titles")));
        Document query = new Document("providerOrganisationId", org);
        assertThat(mongo.getCollection("offerings").countDocuments(query)).isEqualTo(995);
        assertThat(mongo.getCollection("offerings").countDocuments(new Document(query).append("status", "PUBLISHED")))
                .isEqualTo(497);
        Document second = mongo.getCollection("offerings").find(new Document("externalId", "TAMK-2")
                .append("providerOrganisationId", org)).first();
        assertThat(second.getString("title")).isEqualTo("Muutosjohtaminen 2");
        assertThat(second.getString("sourceSystem")).isEqualTo("tamk-opinto");

        Map<String, Object> again = post(system, "/api/offerings/import", JSON.writeValueAsString(body)).getBody();
        assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 995)
                .containsEntry("failed", 5);

        ((ObjectNode) items.get(3)).putObject("pricing").put("kind", "PAID").put("priceEur", 80);
        ((ObjectNode) items.get(4)).put("capacity", 12);
        Map<String, Object> fixed = post(system, "/api/offerings/import", JSON.writeValueAsString(body)).getBody();
        assertThat(fixed).containsEntry("created", 1).containsEntry("updated", 1).containsEntry("unchanged", 994);
        assertThat(mongo.getCollection("offerings").countDocuments(query)).isEqualTo(996);
    }

    @Test
    void anImportIsForTheProvidersOwnSystemAndPeopleAndHasALimit() {
        String org = "org-" + UUID.randomUUID();
        assertThat(post(as(TestTokens.coordinator(), true), "/api/offerings/import", "{\"items\":[]}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(post(as(TestTokens.coordinator(), true), "/api/offerings/import", "{}").getStatusCode().value())
                .as("refused before the body is read").isEqualTo(403);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (int i = 0; i < 1001; i++) {
            items.addObject().put("externalId", "X-" + i);
        }
        ResponseEntity<Map> tooMany = post(as(org, "SYSTEM"), "/api/offerings/import", JSON.writeValueAsString(body));
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(errorFields(tooMany)).containsExactly("items");
        assertThat(mongo.getCollection("offerings").countDocuments(new Document("providerOrganisationId", org))).isZero();
    }

    @Test
    void erasingAContactPersonInMembershipRemovesThemFromOfferings() {
        String org = "org-" + UUID.randomUUID();
        String id = (String) post(as(org), "/api/offerings", with(FUNDED, o -> o.remove("externalId"))).getBody().get("id");
        String otherId = (String) post(as(org), "/api/offerings", with(FUNDED, o -> {
            o.remove("externalId");
            o.putObject("contact").put("name", "Olli Muu").put("email", "olli@tamk.example.fi");
        })).getBody().get("id");
        String erased = """
                {"organisationId": "%s", "contactPersonId": "c-tiina",
                 "emailSha256": "%s", "revision": 3, "erasedAt": "2026-11-23T10:00:00Z"}"""
                .formatted(org, EmailHash.of("tiina.tamk@tamk.example.fi"));
        try (TestEvents events = TestEvents.to(brokers)) {
            events.send("membership.organisations.v1", org, "fi.osaava.membership.contact-person.erased.v1", erased);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    mongo.getCollection("offerings").find(new Document("_id", id)).first().toJson())
                    .doesNotContain("tiina", "Tiina"));
        }
        assertThat(mongo.getCollection("offerings").find(new Document("_id", otherId)).first().toJson())
                .contains("olli@tamk.example.fi");
        assertThat(mongo.getCollection("offerings").listIndexes().into(new ArrayList<>()))
                .anySatisfy(index -> assertThat(index.toJson()).contains("contact.emailSha256"));
    }

    static String with(String json, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        change.accept(node);
        return JSON.writeValueAsString(node);
    }

    static List<String> errorFields(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode().value()).as("status of %s", answer.getBody()).isEqualTo(400);
        return fields((List<Map<String, String>>) answer.getBody().get("errors"));
    }

    static List<String> fields(List<Map<String, String>> errors) {
        return errors.stream().map(e -> e.get("field")).sorted().toList();
    }

    ConsumerRecord<String, String> await(TopicProbe probe, java.util.function.Predicate<ConsumerRecord<String, String>> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = probe.await(1, Duration.ofMillis(500)).stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no such record within 30 s");
    }

    RestClient as(String organisation) {
        return as(organisation, "MEMBER");
    }

    RestClient as(String organisation, String role) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + TestTokens.forOrganisation(organisation, role)).build();
    }

    RestClient as(String token, boolean raw) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    static ResponseEntity<Map> post(RestClient client, String uri, String body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    static ResponseEntity<Map> put(RestClient client, String id, String body) {
        return client.put().uri("/api/offerings/{id}", id).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }
}
