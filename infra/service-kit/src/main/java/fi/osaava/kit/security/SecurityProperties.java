package fi.osaava.kit.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens a service trusts.
 *
 * @param issuer    the {@code iss} every token must carry: membership-service's authorization server
 * @param jwkSetUri where the issuer's public keys are; defaults to {@code <issuer>/oauth2/jwks}
 * @param audience  the {@code aud} every token must contain
 * @param trustedIssuers further issuers whose tokens are accepted too (e.g. a standard OIDC provider
 *                       such as Keycloak in a production deployment), each with its own keys; their
 *                       tokens must carry the same {@code aud}, {@code org} and {@code roles} claims
 */
@ConfigurationProperties("osaava.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:8081") String issuer,
        @Nullable String jwkSetUri,
        @DefaultValue("osaava") String audience,
        @DefaultValue List<TrustedIssuer> trustedIssuers) {

    /** Another issuer to trust, and where its public keys are. */
    public record TrustedIssuer(String issuer, String jwkSetUri) {
    }

    public String effectiveJwkSetUri() {
        return jwkSetUri == null || jwkSetUri.isBlank() ? issuer.replaceAll("/$", "") + "/oauth2/jwks" : jwkSetUri;
    }
}
