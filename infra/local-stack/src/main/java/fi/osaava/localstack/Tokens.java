package fi.osaava.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Access tokens from membership-service's authorization server with the OAuth2 client credentials
 * grant: {@code POST <membership>/oauth2/token}, HTTP Basic client authentication, form body
 * {@code grant_type=client_credentials}.
 *
 * <pre>{@code
 * String token = Tokens.clientCredentials(stack.serviceUrl(Service.MEMBERSHIP), "coordinator", secret);
 * // Authorization: Bearer <token>
 * }</pre>
 *
 * The static methods ask every time; an instance ({@link #Tokens(URI)}) keeps each client's token
 * until a minute before it expires.
 */
public final class Tokens {

    public static final String TOKEN_PATH = "/oauth2/token";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._~:+/=@%-]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RestClient HTTP = RestClient.builder().requestFactory(requestFactory()).build();

    private static JdkClientHttpRequestFactory requestFactory() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
        requests.setReadTimeout(TIMEOUT);
        return requests;
    }

    /** The token endpoint's status and body. */
    private record Answer(int status, String body) {
    }

    /** A bearer token and when it stops being accepted. */
    public record AccessToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }

    /** The token endpoint did not hand out a token; the message has the status and the body. */
    public static final class TokenRequestException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int status;

        TokenRequestException(String message, int status, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        TokenRequestException(String message, int status) {
            super(message);
            this.status = status;
        }

        /** The HTTP status the token endpoint answered, 0 when it did not answer at all. */
        public int status() {
            return status;
        }
    }

    private final URI tokenEndpoint;
    private final Clock clock;
    private final Map<ClientCredentials, AccessToken> cache = new ConcurrentHashMap<>();

    /** A token cache for the authorization server of the membership-service at {@code membershipUrl}. */
    public Tokens(URI membershipUrl) {
        this(membershipUrl, Clock.systemUTC());
    }

    Tokens(URI membershipUrl, Clock clock) {
        this.tokenEndpoint = tokenEndpoint(membershipUrl);
        this.clock = clock;
    }

    /** The client's token, fetched when there is none yet or the one kept expires within a minute. */
    public String tokenFor(ClientCredentials client) {
        AccessToken kept = cache.get(client);
        if (kept != null && clock.instant().plus(EXPIRY_MARGIN).isBefore(kept.expiresAt())) {
            return kept.value();
        }
        AccessToken fresh = request(tokenEndpoint, client, clock);
        cache.put(client, fresh);
        return fresh.value();
    }

    /** e.g. {@code http://localhost:8081/oauth2/token} for {@code http://localhost:8081}. */
    public static URI tokenEndpoint(URI membershipUrl) {
        return membershipUrl.resolve(TOKEN_PATH);
    }

    /**
     * A fresh access token for a client.
     *
     * @param membershipUrl membership-service's base URL, e.g. {@code http://localhost:8081}
     * @throws TokenRequestException when the endpoint does not answer 200 with an {@code access_token}
     */
    public static String clientCredentials(URI membershipUrl, String clientId, String secret) {
        return request(tokenEndpoint(membershipUrl), new ClientCredentials(clientId, secret), Clock.systemUTC()).value();
    }

    /** {@link #clientCredentials(URI, String, String)} for a {@link ClientCredentials}. */
    public static String clientCredentials(URI membershipUrl, ClientCredentials client) {
        return clientCredentials(membershipUrl, client.clientId(), client.clientSecret());
    }

    /** The script the banner's token lines run: it reads a client's id and secret from credentials.json. */
    public static final String SCRIPT = "infra/local-stack/client-token.sh";

    /**
     * The one-line shell command (run at the repository root) that puts an access token of {@code client}
     * — {@code coordinator} or a demo organisation's name — into {@code variable}, e.g.
     * {@code TOKEN=$(infra/local-stack/client-token.sh --credentials .osaava-data/credentials.json coordinator)}.
     * The secret stays in the owner-only credentials file: not in the banner, a log or a command line.
     */
    public static String shellCommand(String variable, Path credentialsFile, String client) {
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a shell variable name: " + variable);
        }
        return variable + "=$(" + SCRIPT + " --credentials " + shellWord(credentialsFile.toString()) + " "
                + shellWord(client) + ")";
    }

    // ---- the request

    static AccessToken request(URI tokenEndpoint, ClientCredentials client, Clock clock) {
        String what = "POST " + tokenEndpoint + " (client " + client.clientId() + ")";
        // RFC 6749 2.3.1: id and secret are form-encoded before they are joined and base64-encoded
        String basic = Base64.getEncoder().encodeToString((form(client.clientId()) + ":" + form(client.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        Instant asked = clock.instant();
        Answer response;
        try {
            response = HTTP.post().uri(tokenEndpoint)
                    .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body("grant_type=client_credentials")
                    .exchange((request, answer) -> new Answer(answer.getStatusCode().value(),
                            new String(answer.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException e) {
            throw new TokenRequestException(what + " failed: " + e, 0, e);
        }
        String body = response.body().strip();
        if (response.status() != 200) {
            throw new TokenRequestException(what + " answered " + response.status() + " (expected 200): "
                    + (body.isEmpty() ? "(empty body)" : abbreviate(body)), response.status());
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new TokenRequestException(what + " answered 200 but not with JSON: " + abbreviate(body), 200, e);
        }
        JsonNode token = json == null ? null : json.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new TokenRequestException(what + " answered 200 without an \"access_token\"", 200);
        }
        JsonNode expiresIn = json.path("expires_in");
        // without expires_in the token is not kept for long
        Duration lifetime = expiresIn.canConvertToLong() ? Duration.ofSeconds(expiresIn.asLong()) : EXPIRY_MARGIN;
        return new AccessToken(token.asText(), asked.plus(lifetime));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shellWord(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Token responses hold secrets only when they succeed, and then they are not shown. */
    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    @Override
    public String toString() {
        return "Tokens[" + tokenEndpoint + "]";
    }
}
