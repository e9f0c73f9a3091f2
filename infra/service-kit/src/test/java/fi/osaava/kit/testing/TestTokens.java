package fi.osaava.kit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in token issuer for a service's tests: real RS256 JWTs and a real JWKS endpoint over HTTP,
 * so the service validates signature, issuer, audience and expiry exactly as in production.
 */
public final class TestTokens {

    public static final String ISSUER = "http://test-issuer.osaava";
    public static final String AUDIENCE = "osaava";
    public static final String SECOND_ISSUER = "http://second-issuer.osaava";

    private static final RSAKey KEY = generate();
    private static final RSAKey FOREIGN_KEY = generate();
    private static HttpServer jwks;

    private TestTokens() {
    }

    /** The JWKS endpoint a service under test should trust (started once per JVM). */
    public static synchronized String jwkSetUri() {
        if (jwks == null) {
            try {
                jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            serve(jwks, "/oauth2/jwks", KEY);
            serve(jwks, "/second-issuer/jwks", FOREIGN_KEY);
            jwks.start();
        }
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/jwks";
    }

    /** The JWKS of {@link #SECOND_ISSUER}, another issuer a deployment may choose to trust. */
    public static String secondIssuerJwkSetUri() {
        return jwkSetUri().replace("/oauth2/jwks", "/second-issuer/jwks");
    }

    /** A valid token from {@link #SECOND_ISSUER}, signed with that issuer's own key. */
    public static String fromSecondIssuer(String organisationId, String... roles) {
        return sign(FOREIGN_KEY, claims(SECOND_ISSUER, AUDIENCE, organisationId,
                Instant.now().plus(Duration.ofMinutes(15)), roles));
    }

    /** Claims to be from {@link #SECOND_ISSUER} but is signed with the primary issuer's key. */
    public static String secondIssuerForgedWithThePrimaryKey(String organisationId) {
        return sign(KEY, claims(SECOND_ISSUER, AUDIENCE, organisationId, Instant.now().plus(Duration.ofMinutes(15)),
                "MEMBER"));
    }

    private static void serve(HttpServer server, String path, RSAKey key) {
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** A valid token for an organisation user or system with the given roles. */
    public static String forOrganisation(String organisationId, String... roles) {
        return sign(KEY, claims(ISSUER, AUDIENCE, organisationId, Instant.now().plus(Duration.ofMinutes(15)), roles));
    }

    /**
     * A person's token as membership-service issues it to the portal: {@code sub} the user's id, and with scope
     * {@code email} their e-mail address in {@code email}.
     */
    public static String forPerson(String organisationId, String userId, String email, String... roles) {
        Instant expiry = Instant.now().plus(Duration.ofMinutes(15));
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(ISSUER, AUDIENCE, organisationId, expiry, roles))
                .subject(userId).claim("email", email).build();
        return sign(KEY, claims);
    }

    public static String coordinator() {
        return forOrganisation("coordinator", "COORDINATOR");
    }

    public static String expired(String organisationId) {
        return sign(KEY, claims(ISSUER, AUDIENCE, organisationId, Instant.now().minus(Duration.ofMinutes(5)), "MEMBER"));
    }

    public static String fromUntrustedIssuer(String organisationId) {
        return sign(KEY, claims("https://evil.example", AUDIENCE, organisationId,
                Instant.now().plus(Duration.ofMinutes(15)), "MEMBER"));
    }

    public static String signedWithAForeignKey(String organisationId) {
        return sign(FOREIGN_KEY, claims(ISSUER, AUDIENCE, organisationId,
                Instant.now().plus(Duration.ofMinutes(15)), "MEMBER"));
    }

    public static String forAnotherAudience(String organisationId) {
        return sign(KEY, claims(ISSUER, "someone-else", organisationId, Instant.now().plus(Duration.ofMinutes(15)),
                "MEMBER"));
    }

    private static JWTClaimsSet claims(String issuer, String audience, String organisationId, Instant expiry,
                                       String... roles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("test-client-" + organisationId)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .notBeforeTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("org", organisationId)
                .claim("roles", List.of(roles))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
