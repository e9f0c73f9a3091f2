package fi.osaava.membership;

import org.springframework.test.context.DynamicPropertyRegistry;

import fi.osaava.kit.testing.TestTokens;

/**
 * membership-service trusts its own authorization server first; tests that call it with the kit's
 * test tokens add the test issuer as a trusted one.
 */
public final class TrustedTestIssuers {

    private TrustedTestIssuers() {
    }

    public static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        registry.add("osaava.security.trusted-issuers[0].issuer", () -> TestTokens.ISSUER);
        registry.add("osaava.security.trusted-issuers[0].jwk-set-uri", TestTokens::jwkSetUri);
    }

    public static void trustTheSecondIssuer(DynamicPropertyRegistry registry) {
        registry.add("osaava.security.trusted-issuers[0].issuer", () -> TestTokens.SECOND_ISSUER);
        registry.add("osaava.security.trusted-issuers[0].jwk-set-uri", TestTokens::secondIssuerJwkSetUri);
    }
}
