package fi.osaava.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class TokensTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String good = "Basic " + Base64.getEncoder().encodeToString("coordinator:s3cr3t-_x".getBytes(StandardCharsets.UTF_8));
        server.createContext("/oauth2/token", exchange -> {
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            authorizations.add(authorization);
            contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (authorization.equals(good)) {
                respond(exchange, 200, "{\"access_token\":\"token-" + issued.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":899,\"scope\":\"\"}");
            } else {
                respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asksTheTokenEndpointWithBasicAuthAndTheClientCredentialsGrant() {
        String token = Tokens.clientCredentials(base(), "coordinator", "s3cr3t-_x");

        assertThat(token).isEqualTo("token-1");
        assertThat(authorizations).containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("coordinator:s3cr3t-_x".getBytes(StandardCharsets.UTF_8)));
        assertThat(bodies).containsExactly("grant_type=client_credentials");
        assertThat(contentTypes).containsExactly("application/x-www-form-urlencoded");
        assertThat(Tokens.tokenEndpoint(URI.create("http://localhost:8081"))).hasToString("http://localhost:8081/oauth2/token");
    }

    @Test
    void aWrongSecretIsAnErrorWithStatusAndBody() {
        assertThatThrownBy(() -> Tokens.clientCredentials(base(), new ClientCredentials("coordinator", "wrong")))
                .isInstanceOfSatisfying(Tokens.TokenRequestException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("POST " + base() + "/oauth2/token (client coordinator) answered 401")
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void anInstanceKeepsATokenUntilAMinuteBeforeItExpires() {
        MutableClock clock = new MutableClock();
        Tokens tokens = new Tokens(base(), clock);
        ClientCredentials coordinator = new ClientCredentials("coordinator", "s3cr3t-_x");

        assertThat(tokens.tokenFor(coordinator)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(899 - 61));
        assertThat(tokens.tokenFor(coordinator)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.tokenFor(coordinator)).isEqualTo("token-2");
        assertThat(issued).hasValue(2);
    }

    @Test
    void theShellCommandNamesTheClientAndTheFileButNoSecretAndQuotesOnlyWhatNeedsQuoting() {
        assertThat(Tokens.shellCommand("TOKEN", Path.of(".osaava-data/credentials.json"), "coordinator"))
                .isEqualTo("TOKEN=$(infra/local-stack/client-token.sh --credentials .osaava-data/credentials.json coordinator)");
        assertThat(Tokens.shellCommand("T", Path.of("/tmp/my data/credentials.json"), "it's"))
                .isEqualTo("T=$(infra/local-stack/client-token.sh --credentials '/tmp/my data/credentials.json' 'it'\\''s')");
        assertThatThrownBy(() -> Tokens.shellCommand("A-B", Path.of("c.json"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neitherCredentialsNorTokensShowTheirSecretInToString() {
        assertThat(new ClientCredentials("coordinator", "s3cr3t")).hasToString("ClientCredentials[clientId=coordinator, clientSecret=***]");
        assertThat(new Tokens.AccessToken("abc.def", Instant.EPOCH).toString()).doesNotContain("abc.def");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
