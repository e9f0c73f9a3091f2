package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestTokens;

/** A deployment that also trusts a second issuer (e.g. Keycloak), each with its own keys. */
@ServiceIntegrationTest
class TrustedIssuersIntegrationTest {

    @DynamicPropertySource
    static void secondIssuer(DynamicPropertyRegistry registry) {
        registry.add("osaava.security.trusted-issuers[0].issuer", () -> TestTokens.SECOND_ISSUER);
        registry.add("osaava.security.trusted-issuers[0].jwk-set-uri", TestTokens::secondIssuerJwkSetUri);
    }

    @LocalServerPort
    int port;

    int statusWith(String token) {
        return TestHttp.to(port).build()
                .get().uri("/api/needs").header("Authorization", "Bearer " + token)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    @Test
    void acceptsEachTrustedIssuerWithItsOwnKeysOnly() {
        assertThat(statusWith(TestTokens.forOrganisation("org-a", "MEMBER"))).isEqualTo(200);
        assertThat(statusWith(TestTokens.fromSecondIssuer("org-a", "MEMBER"))).isEqualTo(200);
        assertThat(statusWith(TestTokens.secondIssuerForgedWithThePrimaryKey("org-a"))).isEqualTo(401);
        assertThat(statusWith(TestTokens.fromUntrustedIssuer("org-a"))).isEqualTo(401);
    }
}
