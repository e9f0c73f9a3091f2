package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;

@ServiceIntegrationTest
@TestPropertySource(properties = {"osaava.limits.writes-per-minute=3", "osaava.limits.max-request-body=4KB"})
class RequestLimitsIntegrationTest {

    static final String NEED = """
            {"region":"11","competenceAreas":["documentation"],"targetGroup":"STAFF","title":"Kirjaaminen",
             "estimatedLearners":10,"horizon":"NOW"}""";

    @LocalServerPort
    int port;

    ResponseEntity<String> post(String token, String body) {
        return TestHttp.to(port).build()
                .post().uri("/api/needs").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    @Test
    void aClientOverItsWriteRateGets429WithRetryAfterWhileOthersGoOn() {
        String busy = TestTokens.forOrganisation("org-busy", "MEMBER");
        for (int i = 0; i < 3; i++) {
            assertThat(post(busy, NEED).getStatusCode().value()).isEqualTo(201);
        }
        ResponseEntity<String> refused = post(busy, NEED);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(refused.getBody()).contains("\"status\":429");

        assertThat(post(TestTokens.forOrganisation("org-calm", "MEMBER"), NEED).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anOversizedBodyGets413() {
        String huge = NEED.replace("\"Kirjaaminen\"", "\"Kirjaaminen\",\"description\":\"" + "x".repeat(5000) + "\"");
        ResponseEntity<String> refused = post(TestTokens.forOrganisation("org-big", "MEMBER"), huge);
        assertThat(refused.getStatusCode().value()).isEqualTo(413);
    }
}
