package fi.osaava.kit.security;

import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A bean that adds an issuer to the trusted ones with a decoder of the service's own: how the
 * authorization server's home service (membership) validates the tokens it issues with its own keys.
 */
public record IssuerDecoder(String issuer, JwtDecoder decoder) {
}
