package fi.osaava.catalogue.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
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

/**
 * Evaluations over HTTP with real tokens: offerings are created and pre-registered to over the API, then moved
 * into the past by editing their stored documents (the archiving job may archive them meanwhile: either way they
 * have ended).
 */
@ServiceIntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class EvaluationIntegrationTest {

    static final String TOPIC = "catalogue.evaluations.v1";

    /** A complete funded offering; CATEGORY and PRICING are replaced per test. */
    static final String OFFERING = """
            {"titles":{"fi":"Muutosjohtamisen valmennus esihenkilöille"},
             "category":"CATEGORY","targetGroups":["SUPERVISORS"],
             "competenceAreas":["medication-safety"],"regions":["06"],
             "delivery":{"mode":"ONLINE","onlineUrl":"https://tamk.example.fi/muutos"},
             "startsAt":"2027-02-01T07:00:00Z","endsAt":"2027-04-30T13:00:00Z",
             PRICING,
             "teachingLanguages":["fi"]}""";
    static final String FUNDED = """
            "registrationDeadline":"2027-01-15T21:59:59Z",
            "pricing":{"kind":"FUNDED","funder":"Pirkanmaan hyvinvointialue"},"capacity":25""";
    static final String FREE = "\"pricing\":{\"kind\":\"FREE\"}";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    static String org() {
        return "org-" + UUID.randomUUID();
    }

    static String token(String organisationId) {
        return TestTokens.forOrganisation(organisationId, "MEMBER");
    }

    RestClient as(String organisationId) {
        return asToken(token(organisationId));
    }

    RestClient asToken(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    String offering(String provider, String category, String pricing) {
        ResponseEntity<Map> created = as(provider).post().uri("/api/offerings?publish=true")
                .contentType(MediaType.APPLICATION_JSON)
                .body(OFFERING.replace("CATEGORY", category).replace("PRICING", pricing))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    String funded(String provider) {
        return offering(provider, "CHANGE_SUPPORT", FUNDED);
    }

    void preRegister(String organisation, String offeringId, int seats, boolean commit) {
        assertThat(as(organisation).post().uri("/api/offerings/{id}/pre-registrations", offeringId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("seats", seats)).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(201);
        if (commit) {
            assertThat(as(organisation).post().uri("/api/offerings/{id}/pre-registrations/mine/commit", offeringId)
                    .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        }
    }

    /** Moves the offering into the past: it started at {@code startsAt} and ended a day later. */
    void endAt(String offeringId, Instant startsAt) {
        mongo.getCollection("offerings").updateOne(new Document("_id", offeringId), new Document("$set",
                new Document("startsAt", Date.from(startsAt))
                        .append("endsAt", Date.from(startsAt.plus(Duration.ofDays(1))))
                        .append("registrationDeadline", Date.from(startsAt.minus(Duration.ofDays(1))))));
    }

    void end(String offeringId) {
        endAt(offeringId, Instant.now().minus(Duration.ofDays(3)));
    }

    ResponseEntity<Map> evaluate(String token, String offeringId, Object body) {
        return asToken(token).post().uri("/api/offerings/{id}/evaluations", offeringId)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> evaluate(String organisation, String offeringId, int rating, String comment) {
        return evaluate(token(organisation), offeringId, Map.of("rating", rating, "comment", comment));
    }

    ResponseEntity<List> list(String token, String offeringId) {
        return asToken(token).get().uri("/api/offerings/{id}/evaluations", offeringId).retrieve()
                .toEntity(List.class);
    }

    @Test
    void onlyParticipantsOtherThanTheProviderEvaluateAFundedOfferingAndOnlyOnceItHasEnded() {
        String provider = org();
        String participant = org();
        String outsider = org();
        String offering = funded(provider);
        preRegister(participant, offering, 3, true);

        ResponseEntity<Map> early = evaluate(participant, offering, 4, "Hyvä");
        assertThat(early.getStatusCode().value()).isEqualTo(409);
        assertThat((String) early.getBody().get("detail")).contains("once it has ended");

        end(offering);
        ResponseEntity<Map> own = evaluate(provider, offering, 5, "Loistava");
        assertThat(own.getStatusCode().value()).isEqualTo(403);
        assertThat((String) own.getBody().get("detail")).contains("provider");
        ResponseEntity<Map> notThere = evaluate(outsider, offering, 1, "Huono");
        assertThat(notThere.getStatusCode().value()).isEqualTo(403);
        assertThat((String) notThere.getBody().get("detail")).contains("pre-registered");
        assertThat(evaluate(TestTokens.coordinator(), offering, Map.of("rating", 3)).getStatusCode().value())
                .isEqualTo(403);
        assertThat(evaluate(TestTokens.coordinator(), offering, Map.of("rating", 99)).getStatusCode().value())
                .as("the coordinator is refused before its body is validated").isEqualTo(403);
        assertThat(evaluate(participant, "no-such-offering", 3, "").getStatusCode().value()).isEqualTo(404);

        for (int bad : List.of(0, 6)) {
            ResponseEntity<Map> invalid = evaluate(token(participant), offering, Map.of("rating", bad));
            assertThat(invalid.getStatusCode().value()).isEqualTo(400);
            assertThat((List<Map<String, String>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
                    .containsExactly("rating");
        }
        assertThat(evaluate(token(participant), offering, Map.of("rating", 3, "comment", "x".repeat(2001)))
                .getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map> rated = evaluate(participant, offering, 4, "Hyvä kokonaisuus");
        assertThat(rated.getStatusCode().value()).isEqualTo(200);
        assertThat((Map<String, Object>) rated.getBody()).containsEntry("rating", 4)
                .containsEntry("organisationId", participant).containsEntry("id", offering + ":" + participant);
        assertThat(mongo.getCollection("evaluations").countDocuments(new Document("offeringId", offering)))
                .isEqualTo(1);
    }

    @Test
    void anyOrganisationButTheProviderEvaluatesAnEndedOfferingThatIsNotFunded() {
        String provider = org();
        String offering = offering(provider, "FREE_TRAINING_WEBINAR_TOOL", FREE);
        assertThat(evaluate(org(), offering, 5, "").getStatusCode().value()).isEqualTo(409);
        end(offering);

        assertThat(evaluate(org(), offering, 5, "").getStatusCode().value()).isEqualTo(200);
        assertThat(evaluate(provider, offering, 5, "").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void evaluatingAgainReplacesTheEvaluationAndEachIsAnEventWithoutTheComment() {
        String provider = org();
        String participant = org();
        String offering = funded(provider);
        preRegister(participant, offering, 2, false);
        end(offering);

        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            assertThat(evaluate(participant, offering, 2, "Liian teoreettinen, Matti Meikäläinen ei ehtinyt")
                    .getStatusCode().value()).isEqualTo(200);
            ResponseEntity<Map> again = evaluate(token(participant), offering, Map.of("rating", 5, "participants", 7));
            assertThat(again.getStatusCode().value()).isEqualTo(200);

            List<Map<String, Object>> all = list(token(provider), offering).getBody();
            assertThat(all).singleElement().satisfies(e -> assertThat(e).containsEntry("rating", 5)
                    .containsEntry("participants", 7).containsEntry("comment", null));
            assertThat(mongo.getCollection("evaluations").countDocuments(new Document("offeringId", offering)))
                    .isEqualTo(1);
            assertThat(((Number) report(provider, null, null).get("averageRating")).doubleValue()).isEqualTo(5.0);

            List<ConsumerRecord<String, String>> events = probe.await(2, Duration.ofSeconds(30)).stream()
                    .filter(r -> offering.equals(r.key())).toList();
            assertThat(events).hasSize(2).allSatisfy(r -> {
                String type = TopicProbe.header(r, "ce_type");
                assertThat(type).isEqualTo(EventContracts.OFFERING_EVALUATED);
                EventContracts.assertConforms(type, r.value());
                assertThat(TopicProbe.header(r, "ce_subject")).isEqualTo(offering);
                assertThat(TopicProbe.header(r, "ce_dataschema")).isEqualTo(EventContracts.schemaId(type));
                assertThat(r.value()).doesNotContain("Meikäläinen", "teoreettinen")
                        .contains("\"providerOrganisationId\":\"" + provider + "\"");
            });
            assertThat(events.get(0).value()).contains("\"rating\":2", "\"hasComment\":true",
                    "\"replacesEarlier\":false");
            assertThat(events.get(1).value()).contains("\"rating\":5", "\"hasComment\":false",
                    "\"replacesEarlier\":true", "\"participants\":7");
        }
    }

    @Test
    void theProviderAndTheCoordinatorSeeTheEvaluationsOthersDoNot() {
        String provider = org();
        String participant = org();
        String offering = offering(provider, "PROVIDER_TRAINING", FREE);
        end(offering);
        evaluate(participant, offering, 3, "Kohtalainen");

        for (String reader : List.of(token(provider), TestTokens.coordinator())) {
            ResponseEntity<List> seen = list(reader, offering);
            assertThat(seen.getStatusCode().value()).isEqualTo(200);
            assertThat((List<Map<String, Object>>) seen.getBody()).singleElement().satisfies(e -> assertThat(e)
                    .containsEntry("organisationId", participant).containsEntry("rating", 3)
                    .containsEntry("comment", "Kohtalainen").containsKey("evaluatedAt"));
        }
        ResponseEntity<Map> other = as(participant).get().uri("/api/offerings/{id}/evaluations", offering).retrieve()
                .toEntity(Map.class);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getBody().toString()).doesNotContain("Kohtalainen");
        assertThat(TestHttp.to(port).build().get().uri("/api/offerings/{id}/evaluations", offering).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(401);
    }

    Map<String, Object> report(String provider, String from, String to) {
        return providerReport(token(provider), provider, from, to).getBody();
    }

    ResponseEntity<Map> providerReport(String token, String provider, String from, String to) {
        String window = from == null ? "" : "?from=" + from + "&to=" + to;
        return asToken(token).get().uri("/api/evaluation-reports/providers/" + provider + window).retrieve()
                .toEntity(Map.class);
    }

    @Test
    void aProvidersReportCountsItsPublishedOfferingsPreRegistrationsSeatsAndRatingsWithinTheWindow() {
        String provider = org();
        String a = org();
        String b = org();
        String c = org();
        String d = org();
        Instant inWindow = Instant.parse("2001-03-01T08:00:00Z");

        String funded = funded(provider);
        preRegister(a, funded, 3, true);
        preRegister(b, funded, 2, false);
        preRegister(c, funded, 1, true);
        assertThat(as(c).delete().uri("/api/offerings/{id}/pre-registrations/mine", funded).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        endAt(funded, inWindow);
        String free = offering(provider, "PROVIDER_TRAINING", FREE);
        endAt(free, inWindow.plus(Duration.ofDays(30)));
        String withdrawn = offering(provider, "PROVIDER_TRAINING", FREE);
        assertThat(as(provider).post().uri("/api/offerings/{id}/withdraw", withdrawn)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Peruttu")).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        endAt(withdrawn, inWindow);
        ResponseEntity<Map> draft = as(provider).post().uri("/api/offerings").contentType(MediaType.APPLICATION_JSON)
                .body(OFFERING.replace("CATEGORY", "PROVIDER_TRAINING").replace("PRICING", FREE)).retrieve()
                .toEntity(Map.class);
        endAt((String) draft.getBody().get("id"), inWindow);
        String later = offering(provider, "PROVIDER_TRAINING", FREE);
        endAt(later, Instant.parse("2003-01-01T08:00:00Z"));

        evaluate(a, funded, 4, "Hyödyllinen");
        evaluate(b, funded, 5, "");
        evaluate(d, free, 2, "Liian lyhyt");
        evaluate(a, later, 1, "Ei vastannut tarvetta");

        Map<String, Object> report = report(provider, "2001-01-01T00:00:00Z", "2002-01-01T00:00:00Z");
        assertThat(report).containsEntry("organisationId", provider).containsEntry("offeringsPublished", 3)
                .containsEntry("preRegistrations", 2).containsEntry("seatsUsed", 3).containsEntry("ratings", 3)
                .containsEntry("averageRating", 3.67);
        assertThat((List<Map<String, Object>>) report.get("comments"))
                .extracting(comment -> comment.get("organisationId") + ":" + comment.get("comment"))
                .containsExactly(d + ":Liian lyhyt", a + ":Hyödyllinen");

        Map<String, Object> everything = report(provider, null, null);
        assertThat(everything).containsEntry("offeringsPublished", 4).containsEntry("ratings", 4)
                .containsEntry("averageRating", 3.0);
        assertThat(providerReport(TestTokens.coordinator(), provider, null, null).getBody())
                .containsEntry("ratings", 4);
        assertThat(providerReport(token(a), provider, null, null).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theCoordinatorsReportGivesEveryCategoryItsFigures() {
        String from = "1999-01-01T00:00:00Z";
        String to = "2000-01-01T00:00:00Z";
        Instant inWindow = Instant.parse("1999-06-01T08:00:00Z");
        String one = org();
        String other = org();
        String a = org();
        String b = org();

        String change = funded(one);
        preRegister(a, change, 4, true);
        preRegister(b, change, 6, true);
        endAt(change, inWindow);
        String changeToo = offering(other, "CHANGE_SUPPORT", FREE);
        endAt(changeToo, inWindow);
        String webinar = offering(other, "FREE_TRAINING_WEBINAR_TOOL", FREE);
        endAt(webinar, inWindow);
        evaluate(a, change, 5, "Erinomainen");
        evaluate(b, change, 4, "");
        evaluate(a, changeToo, 2, "");
        evaluate(b, webinar, 3, "Ok");

        ResponseEntity<Map> answer = asToken(TestTokens.coordinator()).get()
                .uri("/api/evaluation-reports/categories?from=" + from + "&to=" + to).retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        Map<String, Map<String, Object>> categories = (Map<String, Map<String, Object>>) answer.getBody()
                .get("categories");
        assertThat(categories).containsOnlyKeys("FREE_TRAINING_WEBINAR_TOOL", "PROVIDER_TRAINING", "CHANGE_SUPPORT",
                "PROJECT_EVENT");
        assertThat(categories.get("CHANGE_SUPPORT")).containsEntry("offeringsPublished", 2)
                .containsEntry("preRegistrations", 2).containsEntry("seatsUsed", 10).containsEntry("ratings", 3)
                .containsEntry("averageRating", 3.67);
        assertThat(categories.get("FREE_TRAINING_WEBINAR_TOOL")).containsEntry("offeringsPublished", 1)
                .containsEntry("seatsUsed", 0).containsEntry("ratings", 1).containsEntry("averageRating", 3.0);
        assertThat(categories.get("PROJECT_EVENT")).containsEntry("offeringsPublished", 0)
                .containsEntry("ratings", 0).containsEntry("averageRating", null);

        assertThat(as(one).get().uri("/api/evaluation-reports/categories").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
    }
}
