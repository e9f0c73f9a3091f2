package fi.osaava.membership;

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
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TopicProbe;

@ServiceIntegrationTest
@TestPropertySource(properties = "osaava.identity.coordinator.client-secret=" + MembershipServiceIntegrationTest.SECRET)
class MembershipServiceIntegrationTest {

    static final String SECRET = "coordinator-secret-of-the-test";

    static final String TYPE = "fi.osaava.membership.organisation.registered.v1";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    static final String SAVONIA = """
            {"name":"Savonia-ammattikorkeakoulu (demo)","businessId":"0000002-7","type":"UNIVERSITY_OF_APPLIED_SCIENCES",
             "ring":"CORE","regions":["11"],"competenceAreasOffered":["medication-safety","documentation"],
             "contactEmail":"koulutus@savonia.demo.osaava.fi","demo":true}""";

    /** As the coordinator, with a real token from this service's own authorization server. */
    RestClient http() {
        return as(token("coordinator", SECRET));
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

    String token(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return (String) anonymous().post().uri("/oauth2/token").headers(h -> h.setBasicAuth(clientId, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class)
                .get("access_token");
    }

    @Test
    void onlyTheCoordinatorRegistersOrganisationsOrCreatesClientsAndAnonymousSeeOnlyPublicCards() {
        Map<?, ?> created = http().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(SAVONIA.replace("0000002-7", "0000005-1")).retrieve().body(Map.class);
        String id = (String) created.get("id");
        Map<?, ?> client = http().post().uri("/api/organisations/{id}/clients", id).retrieve().body(Map.class);
        RestClient member = as(token((String) client.get("clientId"), (String) client.get("clientSecret")));

        assertThat(member.post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(SAVONIA.replace("0000002-7", "0000007-8")).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        assertThat(member.post().uri("/api/organisations/{id}/clients", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        // refused before the body is read: an invalid body does not earn a member a 400 describing the valid one
        assertThat(member.post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON).body("{}")
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(member.post().uri("/api/organisations/{id}/users", id).contentType(MediaType.APPLICATION_JSON)
                .body("{}").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(member.get().uri("/api/organisations/{id}/users", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        assertThat(anonymous().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(SAVONIA.replace("0000002-7", "0000007-8")).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);

        String card = anonymous().get().uri("/api/organisations/{id}", id).retrieve().body(String.class);
        assertThat(card).contains("Savonia").doesNotContain("koulutus@savonia", "0000005-1");
        assertThat(anonymous().get().uri("/api/organisations").retrieve().body(String.class))
                .doesNotContain("@savonia.demo.osaava.fi");
        assertThat(member.get().uri("/api/organisations/{id}", id).retrieve().body(String.class))
                .contains("koulutus@savonia.demo.osaava.fi");
    }

    @Test
    void aRegisteredOrganisationIsPublishedWithItsWholeProfile() {
        Map<?, ?> created = http().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(SAVONIA).retrieve().body(Map.class);
        String id = (String) created.get("id");
        assertThat(created.get("status")).isEqualTo("ACTIVE");

        try (TopicProbe probe = TopicProbe.on(brokers, "membership.organisations.v1")) {
            ConsumerRecord<String, String> record = probe.awaitKey(id, Duration.ofSeconds(60)).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no event for organisation " + id + " in 60 s"));
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(TYPE);
            EventContracts.assertConforms(TYPE, record.value());
            assertThat(record.value()).contains("\"competenceAreasOffered\":[\"medication-safety\",\"documentation\"]",
                    "\"revision\":1", "\"targetGroups\":[]",
                    "\"actedBy\":{\"organisationId\":\"coordinator\",\"subject\":\"coordinator\"}");
        }
    }

    @Test
    void aSecondOrganisationWithTheSameBusinessIdIsAConflict() {
        String body = SAVONIA.replace("0000002-7", "0000004-3");
        assertThat(http().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(201);

        ResponseEntity<Map> again = http().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) again.getBody().get("detail")).contains("0000004-3");
    }

    @Test
    void anInvalidBusinessIdAndEmailAreListedAsFieldErrors() {
        ResponseEntity<Map> response = http().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(SAVONIA.replace("0000002-7", "0000002-8").replace("koulutus@savonia.demo.osaava.fi", "not-an-email"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).containsExactly("businessId", "contactEmail");
    }

    @Test
    void anUnknownOrganisationIs404() {
        ResponseEntity<Map> response = http().get().uri("/api/organisations/nope").retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsEntry("detail", "Organisation nope does not exist");
    }
}
