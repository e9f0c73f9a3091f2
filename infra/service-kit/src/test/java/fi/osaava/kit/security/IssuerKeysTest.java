package fi.osaava.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/** The issuer's keys as every service reads them: kept through the issuer's outage, and a 503 when there are none. */
class IssuerKeysTest {

    @Test
    void tokensSignedBeforeTheIssuerWentAwayAreStillCheckedWithItsLastKeysAfterTheCacheRanOut() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuer.createContext("/oauth2/jwks", exchange -> {
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        issuer.start();
        NimbusJwtDecoder decoder = ApiSecurityConfiguration.keysAt(
                "http://127.0.0.1:" + issuer.getAddress().getPort() + "/oauth2/jwks", Duration.ofMillis(200));
        String token = sign(key);
        assertThat(decoder.decode(token).getSubject()).isEqualTo("org-1");

        issuer.stop(0);
        Thread.sleep(500); // the cache's time is over: the keys would be read again, and cannot be

        assertThat(decoder.decode(token).getSubject()).isEqualTo("org-1");
    }

    @Test
    void anIssuerNeverReachedIsA503WithRetryAfterNotA500NorA401() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var manager = ApiSecurityConfiguration.manager(
                ApiSecurityConfiguration.keysAt("http://127.0.0.1:" + closed + "/oauth2/jwks"));
        String token = sign(new RSAKeyGenerator(2048).keyID("k2").generate());

        assertThatThrownBy(() -> manager.authenticate(new BearerTokenAuthenticationToken(token)))
                .isInstanceOf(IssuerUnavailableException.class);

        MockHttpServletResponse response = new MockHttpServletResponse();
        new ProblemResponses().commence(new MockHttpServletRequest("POST", "/api/needs"), response,
                new IssuerUnavailableException(new IOException("refused")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString()).contains("\"status\":503", "issuer cannot be reached");
    }

    private static String sign(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("org-1").issuer("http://issuer.test")
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
