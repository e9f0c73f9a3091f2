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
 * @param portalClient  the confidential client a server-rendered web app (the portal) signs people in with (OpenID
 *                      Connect)
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
        @DefaultValue PortalClient portalClient,
        @DefaultValue({"http://localhost:8081", "http://localhost:8082", "http://localhost:8083", "http://localhost:8084"})
        List<String> allowedOrigins) {

    static final List<String> DEFAULT_ALLOWED_ORIGINS =
            List.of("http://localhost:8081", "http://localhost:8082", "http://localhost:8083", "http://localhost:8084");

    @ConstructorBinding
    public IdentityProperties {
    }

    /** Without the web client's settings: its defaults; and no portal client. */
    public IdentityProperties(String issuer, String audience, Duration tokenLifetime, Coordinator coordinator) {
        this(issuer, audience, tokenLifetime, coordinator, new WebClient("osaava-web", WebClient.DEFAULT_REDIRECT_URIS),
                PortalClient.withoutSecret(), DEFAULT_ALLOWED_ORIGINS);
    }

    /** A client people log in with, so a token it gets is a person's: the web client, or the portal client. */
    public boolean isPeoplesClient(@Nullable String clientId) {
        return webClient.clientId().equals(clientId) || portalClient.configured() && portalClient.clientId().equals(clientId);
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

    /**
     * @param clientId               the confidential client's id
     * @param clientSecret           without it no portal client exists; the local stack generates one at first start,
     *                               production takes it from its secret store
     * @param redirectUris           where the authorization endpoint may send the code back to: the portal's login
     * @param postLogoutRedirectUris where {@code /connect/logout} may send the browser back to after signing out
     * @param refreshTokenLifetime   how long the portal may renew a person's access token without a new login; each
     *                               refresh token is used once
     */
    public record PortalClient(
            @DefaultValue("osaava-portal") String clientId,
            @Nullable String clientSecret,
            @DefaultValue("http://localhost:8080/login/oauth2/code/osaava") List<String> redirectUris,
            @DefaultValue("http://localhost:8080/") List<String> postLogoutRedirectUris,
            @DefaultValue("8h") Duration refreshTokenLifetime) {

        static PortalClient withoutSecret() {
            return new PortalClient("osaava-portal", null, List.of("http://localhost:8080/login/oauth2/code/osaava"),
                    List.of("http://localhost:8080/"), Duration.ofHours(8));
        }

        /** The portal client exists only with a secret. */
        public boolean configured() {
            return clientSecret != null && !clientSecret.isBlank();
        }

        /** Never shows the secret. */
        @Override
        public String toString() {
            return "PortalClient[clientId=" + clientId + ", clientSecret=" + (configured() ? "***" : "none")
                    + ", redirectUris=" + redirectUris + ", postLogoutRedirectUris=" + postLogoutRedirectUris
                    + ", refreshTokenLifetime=" + refreshTokenLifetime + "]";
        }
    }
}
