package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
@TestPropertySource(properties = {"osaava.limits.token-requests-per-minute=3",
        "osaava.identity.coordinator.client-secret=limit-test-secret"})
class TokenEndpointLimitIntegrationTest {

    @LocalServerPort
    int port;

    ResponseEntity<String> requestToken(String secret) {
        return TestHttp.to(port).build()
                .post().uri("/oauth2/token").headers(h -> h.setBasicAuth("coordinator", secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("grant_type=client_credentials")
                .retrieve().toEntity(String.class);
    }

    @Test
    void anAddressHammeringTheTokenEndpointGets429BeforeAnyPasswordCheck() {
        assertThat(requestToken("limit-test-secret").getStatusCode().value()).isEqualTo(200);
        assertThat(requestToken("guess-1").getStatusCode().value()).isEqualTo(401);
        assertThat(requestToken("guess-2").getStatusCode().value()).isEqualTo(401);

        ResponseEntity<String> refused = requestToken("limit-test-secret");
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    }

    @Test
    void theGetsAroundASignInDoNotUseUpTheAllowance() {
        for (int i = 0; i < 6; i++) {
            assertThat(TestHttp.to(port).build().get().uri("/oauth2/jwks").retrieve().toEntity(String.class)
                    .getStatusCode().value()).isEqualTo(200);
            assertThat(TestHttp.to(port).build().get().uri("/login").retrieve().toEntity(String.class)
                    .getStatusCode().value()).isEqualTo(200);
        }
    }
}
