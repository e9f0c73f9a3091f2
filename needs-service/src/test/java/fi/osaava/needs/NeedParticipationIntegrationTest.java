package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;

/** Endorsements, answers, priorities, closing, similar needs and the gap list over real HTTP. */
@ServiceIntegrationTest
class NeedParticipationIntegrationTest {

    static final String NEEDS = "needs.competence-needs.v1";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    RestClient http;

    @BeforeEach
    void connect() {
        http = TestHttp.to(port).build();
    }

    @Test
    void endorsingTwiceWithTheSameHeadCountCountsOnceAndRaisesOneEvent() {
        String needId = publish("org-pshva", "gerontological-care", "11", "STAFF", 100);

        Map<?, ?> first = endorse(needId, "org-kallavesi", 12).getBody();
        Map<?, ?> again = endorse(needId, "org-kallavesi", 12).getBody();
        endorse(needId, "org-puijo", 30);

        assertThat(first.get("totalDemand")).isEqualTo(112);
        assertThat(again.get("totalDemand")).isEqualTo(112);
        Map<?, ?> need = get(needId);
        assertThat(need.get("totalDemand")).isEqualTo(142);
        assertThat((List<?>) need.get("endorsements")).hasSize(2);

        assertThat(http.delete().uri("/api/needs/{id}/endorsements/mine", needId).header("Authorization", member("org-puijo"))
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(204);
        assertThat(http.delete().uri("/api/needs/{id}/endorsements/mine", needId).header("Authorization", member("org-puijo"))
                .retrieve().toBodilessEntity().getStatusCode().value()).as("again: nothing to withdraw").isEqualTo(204);
        assertThat(get(needId).get("totalDemand")).isEqualTo(112);

        try (TopicProbe probe = TopicProbe.on(brokers, NEEDS)) {
            List<String> types = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                probe.drain(Duration.ofMillis(300)).stream().filter(r -> needId.equals(r.key()))
                        .forEach(r -> types.add(TopicProbe.header(r, "ce_type").replace("fi.osaava.needs.competence-need.", "")));
                assertThat(types).containsExactly("published.v1", "endorsed.v1", "endorsed.v1", "endorsement-withdrawn.v1");
            });
        }
    }

    @Test
    void theReporterCannotEndorseItsOwnNeedAndABadHeadCountIsA400() {
        String needId = publish("org-pshva", "documentation", "11", "STAFF", 10);

        assertThat(endorse(needId, "org-pshva", 5).getStatusCode().value()).isEqualTo(409);
        ResponseEntity<Map> zero = endorse(needId, "org-kallavesi", 0);
        assertThat(zero.getStatusCode().value()).isEqualTo(400);
        assertThat(zero.getBody().toString()).contains("learners");
        assertThat(endorse("no-such-need", "org-kallavesi", 5).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aProviderAnswersWithItsOwnPublishedOfferingOrAPlanButNotWithAnotherOrganisationsOffering() {
        String needId = publish("org-pshva", "rehabilitation", "11", "STAFF", 60);
        String offeringId = UUID.randomUUID().toString();
        try (TestEvents events = TestEvents.to(brokers)) {
            // a Pirkanmaa on-site course does not cover a Pohjois-Savo need, but Savonia may still offer it as an answer
            events.send("catalogue.offerings.v1", offeringId, "fi.osaava.catalogue.offering.published.v1", """
                    {"offeringId":"%s","providerOrganisationId":"org-savonia","title":"Kuntoutus","targetGroups":["STAFF"],
                     "competenceAreas":["rehabilitation"],"regions":["06"],"delivery":{"mode":"ON_SITE"},
                     "startsAt":"2027-03-01T08:00:00Z","endsAt":"2099-01-01T00:00:00Z"}""".formatted(offeringId));
        }

        assertThat(answer(needId, "org-sakky", """
                {"kind":"PLAN","message":"Rakennamme kevääksi kurssin"}""").getBody().toString())
                .contains("expectedStart");
        assertThat(answer(needId, "org-sakky", """
                {"kind":"OFFERING","offeringId":"%s","message":"Tämä sopii"}""".formatted(offeringId)).getStatusCode().value())
                .as("another organisation's offering").isEqualTo(400);
        await().atMost(Duration.ofSeconds(20)).until(() -> answer(needId, "org-savonia", """
                {"kind":"OFFERING","offeringId":"%s","message":"Kurssimme sopii tähän"}""".formatted(offeringId))
                .getStatusCode().value() == 200);
        assertThat(answer(needId, "org-sakky", """
                {"kind":"PLAN","message":"Rakennamme kevääksi kurssin","expectedStart":"2027-03-01"}""")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(answer(needId, "org-pshva", """
                {"kind":"PLAN","message":"Itse","expectedStart":"2027-03-01"}""").getStatusCode().value())
                .as("the reporter").isEqualTo(409);

        Map<?, ?> need = get(needId);
        assertThat(need.get("status")).isEqualTo("ANSWERED");
        assertThat((List<?>) need.get("answers")).hasSize(2);
    }

    @Test
    void onlyTheCoordinatorSetsAPriorityAlwaysWithAReasonAndTheHistoryIsKept() {
        String needId = publish("org-pshva", "emergency-care", "11", "STAFF", 25);

        assertThat(priority(needId, TestTokens.forOrganisation("org-pshva", "MEMBER"), "{}").getStatusCode().value())
                .as("a member, refused before the body is read").isEqualTo(403);
        assertThat(priority(needId, TestTokens.coordinator(), "{\"priority\":\"HIGH\"}").getStatusCode().value())
                .as("no reason").isEqualTo(400);
        priority(needId, TestTokens.coordinator(), "{\"priority\":\"MEDIUM\",\"reason\":\"Kysely 2026\"}");
        Map<?, ?> high = priority(needId, TestTokens.coordinator(),
                "{\"priority\":\"HIGH\",\"reason\":\"Ensihoidon henkilöstövaje\"}").getBody();

        assertThat(high.get("priority")).isEqualTo("HIGH");
        assertThat((List<?>) high.get("priorityHistory")).extracting(d -> field(d, "reason"))
                .containsExactly("Kysely 2026", "Ensihoidon henkilöstövaje");
    }

    @Test
    void theReporterClosesItsNeedAnotherOrganisationCannotAndTheCoordinatorMayCloseAny() {
        String own = publish("org-pshva", "ethics-legislation", "11", "STAFF", 5);
        String other = publish("org-pshva", "ethics-legislation", "11", "STAFF", 6);

        assertThat(post("/api/needs/{id}/close", own, member("org-kallavesi"), "{\"reason\":\"x\"}").getStatusCode().value())
                .isEqualTo(404);
        assertThat(post("/api/needs/{id}/close", own, member("org-pshva"), "{}").getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/needs/{id}/close", own, member("org-pshva"), "{\"reason\":\"Koulutettu\"}").getBody())
                .containsEntry("status", "CLOSED").containsEntry("endReason", "Koulutettu");
        assertThat(post("/api/needs/{id}/close", own, member("org-pshva"), "{\"reason\":\"Again\"}").getStatusCode().value())
                .isEqualTo(409);
        assertThat(post("/api/needs/{id}/close", other, "Bearer " + TestTokens.coordinator(), "{\"reason\":\"Vanhentunut\"}")
                .getBody()).containsEntry("status", "CLOSED");
        assertThat(post("/api/needs/{id}/withdraw", other, member("org-pshva"), "{\"reason\":\"x\"}").getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void similarNeedsAreSuggestedBeforeANewOneIsReported() {
        String same = publish("org-pshva", "foster-care", "19", "STAFF", 40);
        String broader = publish("org-kallavesi", "child-protection", "19", "STAFF", 90);
        publish("org-puijo", "family-services", "19", "STAFF", 500); // a sibling of foster care
        publish("org-puijo", "foster-care", "19", "SUPERVISORS", 500); // another target group
        publish("org-puijo", "foster-care", "06", "STAFF", 500); // another region

        List<?> similar = http.get().uri("/api/needs/similar?competenceAreas=foster-care&region=19&targetGroup=STAFF")
                .header("Authorization", member("org-sastamala")).retrieve().body(List.class);

        assertThat(similar).extracting(n -> field(n, "id")).containsExactly(same, broader);
        assertThat(field(similar.get(0), "sameAreas")).isEqualTo(List.of("foster-care"));
        assertThat(field(similar.get(1), "relatedAreas")).isEqualTo(List.of("foster-care"));
        assertThat(http.get().uri("/api/needs/similar?competenceAreas=astrology&region=19&targetGroup=STAFF")
                .header("Authorization", member("org-sastamala")).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { })
                .toBodilessEntity().getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theGapListPutsTheCoordinatorsPriorityFirstThenTheTotalDemand() {
        String small = publish("org-pshva", "service-design", "16", "SUPERVISORS", 10);
        String large = publish("org-pshva", "service-design", "16", "SUPERVISORS", 300);
        String prioritised = publish("org-pshva", "service-design", "16", "SUPERVISORS", 20);
        priority(prioritised, TestTokens.coordinator(), "{\"priority\":\"HIGH\",\"reason\":\"Palvelumuotoilu strategiassa\"}");
        endorse(small, "org-kallavesi", 400);

        List<?> gaps = http.get().uri("/api/needs/gaps?region=16").header("Authorization", member("org-savonia"))
                .retrieve().body(List.class);

        assertThat(gaps).extracting(n -> field(n, "id")).containsExactly(prioritised, small, large);
    }

    @Test
    void theGapListSendsItsFirstRowsWithTheWholeListsTotalsAndAReadSeesTheWriteBeforeIt() {
        String first = publish("org-pshva", "wellbeing-at-work", "17", "STAFF", 10);
        String second = publish("org-pshva", "wellbeing-at-work", "17", "STAFF", 30);
        ResponseEntity<List> top = http.get().uri("/api/needs/gaps?region=17&competenceArea=wellbeing-at-work&limit=1")
                .header("Authorization", member("org-savonia")).retrieve().toEntity(List.class);

        assertThat(top.getBody()).extracting(n -> field(n, "id")).containsExactly(second);
        assertThat(top.getHeaders().getFirst("X-Total-Count")).isEqualTo("2");
        assertThat(top.getHeaders().getFirst("X-Total-Learners")).isEqualTo("40");

        // the answer just read is kept (NeedReads); a priority set since must show at once all the same
        priority(first, TestTokens.coordinator(), "{\"priority\":\"HIGH\",\"reason\":\"Jaksaminen\"}");
        ResponseEntity<List> after = http.get().uri("/api/needs/gaps?region=17&competenceArea=wellbeing-at-work&limit=1")
                .header("Authorization", member("org-savonia")).retrieve().toEntity(List.class);
        assertThat(after.getBody()).extracting(n -> field(n, "id")).containsExactly(first);
        ResponseEntity<List> none = http.get().uri("/api/needs/gaps?region=17&competenceArea=wellbeing-at-work&limit=0")
                .header("Authorization", member("org-savonia")).retrieve().toEntity(List.class);
        assertThat(none.getBody()).isEmpty();
        assertThat(none.getHeaders().getFirst("X-Total-Count")).isEqualTo("2");
    }

    private String publish(String organisation, String area, String region, String targetGroup, int learners) {
        return (String) http.post().uri("/api/needs?publish=true").header("Authorization", member(organisation))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"region":"%s","competenceAreas":["%s"],"targetGroup":"%s","title":"Tarve %s",
                         "estimatedLearners":%d,"horizon":"ONE_TO_THREE_YEARS"}""".formatted(region, area, targetGroup, area, learners))
                .retrieve().body(Map.class).get("id");
    }

    private ResponseEntity<Map> endorse(String needId, String organisation, int learners) {
        return http.put().uri("/api/needs/{id}/endorsements/mine", needId).header("Authorization", member(organisation))
                .contentType(MediaType.APPLICATION_JSON).body("{\"learners\":%d,\"comment\":\"Meilläkin\"}".formatted(learners))
                .retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { }).toEntity(Map.class);
    }

    private ResponseEntity<Map> answer(String needId, String organisation, String body) {
        return post("/api/needs/{id}/answers", needId, member(organisation), body);
    }

    private ResponseEntity<Map> priority(String needId, String token, String body) {
        return http.put().uri("/api/needs/{id}/priority", needId).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { }).toEntity(Map.class);
    }

    private ResponseEntity<Map> post(String uri, String needId, String authorization, String body) {
        return http.post().uri(uri, needId).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> { }).toEntity(Map.class);
    }

    private Map<?, ?> get(String needId) {
        return http.get().uri("/api/needs/{id}", needId).header("Authorization", member("org-any")).retrieve().body(Map.class);
    }

    private static Object field(Object map, String key) {
        return ((Map<?, ?>) map).get(key);
    }

    private static String member(String organisation) {
        return "Bearer " + TestTokens.forOrganisation(organisation, "MEMBER");
    }
}
