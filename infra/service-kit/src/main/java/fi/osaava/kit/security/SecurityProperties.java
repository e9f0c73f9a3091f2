package fi.osaava.kit.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens a service trusts.
 *
 * @param issuer    the {@code iss} every token must carry: membership-service's authorization server
 * @param jwkSetUri where the issuer's public keys are; defaults to {@code <issuer>/oauth2/jwks}
 * @param audience  the {@code aud} every token must contain
 */
@ConfigurationProperties("osaava.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:8081") String issuer,
        @Nullable String jwkSetUri,
        @DefaultValue("osaava") String audience) {

    public String effectiveJwkSetUri() {
        return jwkSetUri == null || jwkSetUri.isBlank() ? issuer.replaceAll("/$", "") + "/oauth2/jwks" : jwkSetUri;
    }
}
