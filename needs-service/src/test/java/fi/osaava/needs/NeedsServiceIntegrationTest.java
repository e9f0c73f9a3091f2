package fi.osaava.needs;

import static fi.osaava.needs.need.NeedDraftBuilder.aNeed;
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
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.Needs;
import fi.osaava.needs.need.TargetGroup;

@ServiceIntegrationTest
class NeedsServiceIntegrationTest {

    static final String TOPIC = "needs.competence-needs.v1";
    static final String TYPE = "fi.osaava.needs.competence-need.published.v1";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    Needs needs;

    @Test
    void aPublishedNeedReachesItsTopicAsACloudEventThatConformsToTheContract() {
        Map<?, ?> created = RestClient.create("http://localhost:" + port).post().uri("/api/needs?publish=true")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation("org-pshva", "MEMBER"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"region":"11","competenceAreas":["medication-safety"],
                         "targetGroup":"STAFF","title":"Lääkehoidon turvallisuus kotihoidossa",
                         "description":"Kotihoidon lääkehoito","estimatedLearners":120,"horizon":"WITHIN_A_YEAR"}""")
                .retrieve().body(Map.class);
        String needId = (String) created.get("id");

        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            ConsumerRecord<String, String> record = probe.awaitKey(needId, Duration.ofSeconds(60)).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no event for need " + needId + " on " + TOPIC + " in 60 s"));

            assertThat(TopicProbe.ceHeaders(record)).containsEntry("ce_type", TYPE)
                    .containsEntry("ce_source", "/osaava/needs-service")
                    .containsEntry("ce_subject", needId)
                    .containsEntry("ce_specversion", "1.0")
                    .containsKeys("ce_id", "ce_time", "ce_dataschema");
            EventContracts.assertConforms(TYPE, record.value());
            assertThat(record.value()).contains("\"needId\":\"" + needId + "\"", "\"reportingOrganisationId\":\"org-pshva\"",
                    "\"actedBy\":{\"organisationId\":\"org-pshva\",\"subject\":\"test-client-org-pshva\"}");
        }
        assertThat(needs.findById(needId).orElseThrow().pendingEvents()).isEmpty();
    }

    @Test
    void anotherOrganisationCannotSeeOrPublishADraftAndNothingChanges() {
        RestClient http = TestHttp.to(port).build();
        Map<?, ?> draft = http.post().uri("/api/needs")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation("org-a", "MEMBER"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"region":"11","competenceAreas":["documentation"],"targetGroup":"STAFF","title":"Kirjaaminen",
                         "estimatedLearners":10,"horizon":"NOW"}""")
                .retrieve().body(Map.class);
        String id = (String) draft.get("id");
        String orgB = "Bearer " + TestTokens.forOrganisation("org-b", "MEMBER");

        assertThat(http.post().uri("/api/needs/{id}/publish", id).header("Authorization", orgB).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
        assertThat(http.get().uri("/api/needs/{id}", id).header("Authorization", orgB).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
        assertThat(http.get().uri("/api/needs").header("Authorization", orgB).retrieve().body(List.class))
                .noneMatch(n -> id.equals(((Map<?, ?>) n).get("id")));
        assertThat(needs.findById(id).orElseThrow().status()).isEqualTo(NeedStatus.DRAFT);
    }

    @Test
    void refusesMissingExpiredForeignAndMisaddressedTokensWith401() {
        RestClient http = TestHttp.to(port).build();
        List<String> refused = List.of(TestTokens.expired("org-a"), TestTokens.fromUntrustedIssuer("org-a"),
                TestTokens.signedWithAForeignKey("org-a"), TestTokens.forAnotherAudience("org-a"), "not-a-jwt");
        for (String token : refused) {
            assertThat(http.get().uri("/api/needs").header("Authorization", "Bearer " + token).retrieve()
                    .toBodilessEntity().getStatusCode().value()).as(token).isEqualTo(401);
        }
        assertThat(http.get().uri("/api/needs").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(http.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anEventLeftInTheOutboxByACrashBeforeTheSendIsPublishedAfterRestart() {
        // the state a crash between the database write and the Kafka send leaves behind
        CompetenceNeed need = aNeed().inRegion("06").withAreas("leadership-change-management")
                .forTargetGroup(TargetGroup.SUPERVISORS).withTitle("Muutosjohtaminen").withLearners(40)
                .withHorizon(Horizon.ONE_TO_THREE_YEARS).published(Instant.now(), new ActedBy("org-pshva", "user-1"));
        needs.insert(need);

        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(need.id(), Duration.ofSeconds(60));
            assertThat(records).singleElement()
                    .satisfies(r -> EventContracts.assertConforms(TYPE, r.value()));
        }
        assertThat(needs.findById(need.id()).orElseThrow().pendingEvents()).isEmpty();
    }
}
