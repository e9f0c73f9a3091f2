package fi.osaava.membership.identity;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server's settings.
 *
 * @param issuer        the {@code iss} of every token, and the base of the discovery metadata
 * @param audience      the {@code aud} of every access token: the Osaava APIs as a whole
 * @param tokenLifetime how long an access token is valid
 * @param coordinator   the client the coordinator starts with
 * @param webClient     the public client people's apps log in with (authorization code + PKCE)
 * @param allowedOrigins the browser origins whose scripts may call the token and key-set endpoints (CORS):
 *                       each service's Swagger UI, a web app; by default the local stack's services
 */
@ConfigurationProperties("osaava.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:8081") String issuer,
        @DefaultValue("osaava") String audience,
        @DefaultValue("15m") Duration tokenLifetime,
        @DefaultValue Coordinator coordinator,
        @DefaultValue WebClient webClient,
        @DefaultValue({"http://localhost:8081", "http://localhost:8082", "http://localhost:8083", "http://localhost:8084"})
        List<String> allowedOrigins) {

    static final List<String> DEFAULT_ALLOWED_ORIGINS =
            List.of("http://localhost:8081", "http://localhost:8082", "http://localhost:8083", "http://localhost:8084");

    @ConstructorBinding
    public IdentityProperties {
    }

    /** Without the web client's settings: its defaults. */
    public IdentityProperties(String issuer, String audience, Duration tokenLifetime, Coordinator coordinator) {
        this(issuer, audience, tokenLifetime, coordinator, new WebClient("osaava-web", WebClient.DEFAULT_REDIRECT_URIS),
                DEFAULT_ALLOWED_ORIGINS);
    }

    /**
     * @param clientSecret without it no coordinator client is created; the local stack generates one at
     *                     first start, production takes it from its secret store
     */
    public record Coordinator(
            @DefaultValue("coordinator") String clientId,
            @Nullable String clientSecret,
            @DefaultValue("coordinator") String organisationId) {
    }

    /**
     * @param clientId     the public client's id; it has no secret and must use PKCE
     * @param redirectUris where the authorization endpoint may send the code back to; by default a local web app,
     *                     the local stack's scripts and the Swagger UI of each of the local stack's services
     */
    public record WebClient(
            @DefaultValue("osaava-web") String clientId,
            @DefaultValue({"http://localhost:8080/callback", "http://127.0.0.1:8400/callback",
                    "http://localhost:8081/swagger-ui/oauth2-redirect.html", "http://localhost:8082/swagger-ui/oauth2-redirect.html",
                    "http://localhost:8083/swagger-ui/oauth2-redirect.html", "http://localhost:8084/swagger-ui/oauth2-redirect.html"})
            List<String> redirectUris) {

        static final List<String> DEFAULT_REDIRECT_URIS = List.of("http://localhost:8080/callback",
                "http://127.0.0.1:8400/callback", "http://localhost:8081/swagger-ui/oauth2-redirect.html",
                "http://localhost:8082/swagger-ui/oauth2-redirect.html", "http://localhost:8083/swagger-ui/oauth2-redirect.html",
                "http://localhost:8084/swagger-ui/oauth2-redirect.html");
    }
}
