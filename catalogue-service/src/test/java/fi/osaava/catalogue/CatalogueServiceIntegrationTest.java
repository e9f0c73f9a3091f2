package fi.osaava.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;

@ServiceIntegrationTest
class CatalogueServiceIntegrationTest {

    static final String TYPE = "fi.osaava.catalogue.offering.published.v1";
    static final String WEBINAR = """
            {"titles":{"fi":"Lääkehoidon osaaminen ja LOVe-täydennys"},
             "category":"FREE_TRAINING_WEBINAR_TOOL","targetGroups":["STAFF"],
             "competenceAreas":["medication-safety"],"regions":["06"],
             "delivery":{"mode":"ONLINE","onlineUrl":"https://tamk.example.fi/love"},
             "startsAt":"2027-01-12T12:00:00Z","endsAt":"2027-01-12T14:00:00Z",
             "pricing":{"kind":"FREE"},"teachingLanguages":["fi"]}""";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    static final String TAMK = TestTokens.forOrganisation("org-tamk", "SYSTEM");

    /** As the TAMK course system would call: its own client's token. */
    RestClient http() {
        return as(TAMK);
    }

    RestClient as(String token) {
        return TestHttp.to(port)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    RestClient anonymous() {
        return TestHttp.to(port)
                .build();
    }

    @Test
    void aDraftIsPublishedLaterAndOnlyThenReachesTheTopic() {
        Map<?, ?> draft = http().post().uri("/api/offerings").contentType(MediaType.APPLICATION_JSON)
                .body(WEBINAR).retrieve().body(Map.class);
        String id = (String) draft.get("id");
        assertThat(draft.get("status")).isEqualTo("DRAFT");

        try (TopicProbe probe = TopicProbe.on(brokers, "catalogue.offerings.v1")) {
            assertThat(probe.drain(Duration.ofSeconds(1))).noneMatch(r -> id.equals(r.key()));

            Map<?, ?> published = http().post().uri("/api/offerings/{id}/publish", id).retrieve().body(Map.class);
            assertThat(published.get("status")).isEqualTo("PUBLISHED");

            ConsumerRecord<String, String> record = probe.await(1, Duration.ofSeconds(20)).stream()
                    .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(TYPE);
            EventContracts.assertConforms(TYPE, record.value());
        }

        ResponseEntity<Map> again = http().post().uri("/api/offerings/{id}/publish", id).retrieve().toEntity(Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((Map<String, Object>) anonymous().get().uri("/api/offerings/{id}", id).retrieve().body(Map.class))
                .containsEntry("providerOrganisationId", "org-tamk");
    }

    @Test
    void theTrayIsPublicButDraftsAndWritesBelongToTheProvider() {
        Map<String, Object> draft = http().post().uri("/api/offerings").contentType(MediaType.APPLICATION_JSON)
                .body(WEBINAR.replace("{", "{\"providerOrganisationId\":\"org-other\",\"status\":\"PUBLISHED\","))
                .retrieve().body(Map.class);
        String id = (String) draft.get("id");
        assertThat(draft).containsEntry("providerOrganisationId", "org-tamk").containsEntry("status", "DRAFT");

        RestClient otherProvider = as(TestTokens.forOrganisation("org-savonia", "SYSTEM"));
        RestClient coordinator = as(TestTokens.coordinator());
        for (RestClient stranger : List.of(otherProvider, coordinator)) {
            assertThat(stranger.post().uri("/api/offerings/{id}/publish", id).retrieve().toBodilessEntity()
                    .getStatusCode().value()).isEqualTo(404);
            assertThat(stranger.get().uri("/api/offerings/{id}", id).retrieve().toBodilessEntity()
                    .getStatusCode().value()).isEqualTo(404);
        }
        assertThat(anonymous().get().uri("/api/offerings/{id}", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(404);
        assertThat(anonymous().get().uri("/api/offerings").retrieve().body(List.class))
                .noneMatch(o -> id.equals(((Map<?, ?>) o).get("id")));
        assertThat(anonymous().post().uri("/api/offerings").contentType(MediaType.APPLICATION_JSON).body(WEBINAR)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat((Map<String, Object>) http().get().uri("/api/offerings/{id}", id).retrieve().body(Map.class)).containsEntry("status", "DRAFT");
    }

    @Test
    void listsComeAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            http().post().uri("/api/offerings?publish=true").contentType(MediaType.APPLICATION_JSON).body(WEBINAR)
                    .retrieve().toBodilessEntity();
        }
        assertThat(anonymous().get().uri("/api/offerings?size=2").retrieve().body(List.class)).hasSize(2);
        assertThat(anonymous().get().uri("/api/offerings?size=2&page=1").retrieve().body(List.class)).isNotEmpty();
        assertThat(anonymous().get().uri("/api/offerings?size=100000").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anOfferingWithoutCompetenceAreasOrWithAnUnknownCategoryIsA400() {
        ResponseEntity<Map> missing = http().post().uri("/api/offerings").contentType(MediaType.APPLICATION_JSON)
                .body(WEBINAR.replace("[\"medication-safety\"]", "[]").replace("[\"06\"]", "[\"6\"]"))
                .retrieve().toEntity(Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) missing.getBody().get("errors"))
                .extracting(e -> e.get("field")).containsExactly("competenceAreas", "regions[0]");

        ResponseEntity<Map> category = http().post().uri("/api/offerings").contentType(MediaType.APPLICATION_JSON)
                .body(WEBINAR.replace("FREE_TRAINING_WEBINAR_TOOL", "5")).retrieve().toEntity(Map.class);
        assertThat(category.getStatusCode().value()).isEqualTo(400);
    }
}
