package fi.osaava.membership.identity.oauth;

import static fi.osaava.membership.identity.oauth.CodeFlow.challenge;
import static fi.osaava.membership.identity.oauth.CodeFlow.form;
import static fi.osaava.membership.identity.oauth.CodeFlow.location;
import static fi.osaava.membership.identity.oauth.CodeFlow.query;
import static fi.osaava.membership.identity.oauth.CodeFlow.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;

/**
 * The portal, a server-rendered web app, signs a person in with OpenID Connect as the confidential client
 * {@code osaava-portal}: authorization code with PKCE, its secret by HTTP Basic, refresh tokens, UserInfo and
 * RP-initiated logout, over real HTTP. The portal's own server is played by this test.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "osaava.identity.issuer=" + PortalLoginIntegrationTest.ISSUER,
        "osaava.identity.coordinator.client-secret=" + PortalLoginIntegrationTest.COORDINATOR_SECRET,
        "osaava.identity.portal-client.client-secret=" + PortalLoginIntegrationTest.PORTAL_SECRET})
class PortalLoginIntegrationTest {

    static final String ISSUER = "http://issuer.test.osaava";
    static final String COORDINATOR_SECRET = "coordinator-secret-of-the-portal-test";
    static final String PORTAL_SECRET = "portal-secret-of-the-portal-test";
    static final String PORTAL = "osaava-portal";
    /** The defaults of {@code osaava.identity.portal-client}: the portal of the local stack. */
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/osaava";
    static final String AFTER_LOGOUT = "http://localhost:8080/";

    @LocalServerPort
    int port;

    private String adminToken;

    @Test
    void aPersonSignsInThroughThePortalWithAnIdTokenAndAnAccessTokenTheApisTakeAsAPersons() throws Exception {
        String organisationId = registerOrganisation("0000017-4");
        Person person = createPerson(organisationId, "Portal.User@0000017-4.demo.osaava.fi");
        Browser browser = new Browser();

        Map<String, Object> tokens = browser.signIn(person, "nonce-1");

        assertThat(tokens.get("token_type")).isEqualTo("Bearer");
        assertThat(tokens.get("scope").toString().split(" ")).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(tokens).containsKey("refresh_token");
        JWTClaimsSet idToken = verified((String) tokens.get("id_token"));
        assertThat(idToken.getIssuer()).isEqualTo(ISSUER);
        assertThat(idToken.getAudience()).containsExactly(PORTAL);
        assertThat(idToken.getSubject()).as("the user id, as in the access token").isEqualTo(person.id());
        assertThat(idToken.getStringClaim("nonce")).isEqualTo("nonce-1");
        assertThat(idToken.getStringClaim("name")).isEqualTo(person.username());
        assertThat(idToken.getStringClaim("email")).isEqualTo(person.username());
        assertThat(idToken.getStringClaim("org")).isEqualTo(organisationId);
        assertThat(idToken.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(idToken.getStringClaim("sid")).as("ties the ID token to the login session").isNotBlank();

        String accessToken = (String) tokens.get("access_token");
        JWTClaimsSet access = verified(accessToken);
        assertThat(access.getAudience()).containsExactly("osaava");
        assertThat(access.getSubject()).isEqualTo(person.id());
        assertThat(access.getStringClaim("org")).isEqualTo(organisationId);
        assertThat(access.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(access.getStringClaim("client_id")).isEqualTo(PORTAL);
        @SuppressWarnings("unchecked")
        Map<String, Object> me = http(accessToken).get().uri("/api/me").retrieve().body(Map.class);
        assertThat(me).containsEntry("subject", person.id()).containsEntry("organisationId", organisationId)
                .containsEntry("person", true);
        assertThat(http(accessToken).get().uri("/api/organisations/{id}", organisationId).retrieve().toEntity(Map.class)
                .getBody()).containsEntry("contactEmail", "it@0000017-4.demo.osaava.fi");

        @SuppressWarnings("unchecked")
        Map<String, Object> userInfo = http(accessToken).get().uri("/userinfo").retrieve().body(Map.class);
        assertThat(userInfo).containsExactlyInAnyOrderEntriesOf(Map.of("sub", person.id(), "name", person.username(),
                "email", person.username(), "org", organisationId, "roles", List.of("MEMBER")));
    }

    @Test
    void theRefreshTokenGivesANewAccessTokenOnceAndANewRefreshToken() throws Exception {
        String organisationId = registerOrganisation("0000018-2");
        Person person = createPerson(organisationId, "refresh@0000018-2.demo.osaava.fi");
        Map<String, Object> first = new Browser().signIn(person, "nonce-2");
        String refreshToken = (String) first.get("refresh_token");

        HttpResponse<String> refreshed = token(PORTAL_SECRET, Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        Map<String, Object> second = JSONObjectUtils.parse(refreshed.body());
        assertThat(second.get("access_token")).isNotEqualTo(first.get("access_token"));
        assertThat(second.get("refresh_token")).as("not reused").isNotEqualTo(refreshToken);
        JWTClaimsSet access = verified((String) second.get("access_token"));
        assertThat(access.getSubject()).isEqualTo(person.id());
        assertThat(access.getStringClaim("org")).isEqualTo(organisationId);
        assertThat(access.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(access.getStringClaim("client_id")).isEqualTo(PORTAL);
        assertThat(verified((String) second.get("id_token")).getStringClaim("org")).isEqualTo(organisationId);

        HttpResponse<String> again = token(PORTAL_SECRET, Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("invalid_grant");
    }

    @Test
    void aDisabledPersonsRefreshTokenGetsNothing() throws Exception {
        String organisationId = registerOrganisation("0000021-1");
        Person person = createPerson(organisationId, "disabled@0000021-1.demo.osaava.fi");
        String refreshToken = (String) new Browser().signIn(person, "nonce-7").get("refresh_token");

        admin().post().uri("/api/organisations/{id}/users/{user}/disable", organisationId, person.id()).retrieve()
                .toBodilessEntity();
        HttpResponse<String> refused = token(PORTAL_SECRET, Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
    }

    @Test
    void aWrongSecretGetsNoTokens() throws Exception {
        String organisationId = registerOrganisation("0000019-0");
        Person person = createPerson(organisationId, "wrong-secret@0000019-0.demo.osaava.fi");
        Browser browser = new Browser();
        String verifier = verifier();
        String code = browser.logInForCode(person, challenge(verifier), "nonce-3");

        HttpResponse<String> refused = token("not-the-portal-secret", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", REDIRECT_URI, "code_verifier", verifier));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("invalid_client").doesNotContain("access_token");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDiscoveryDocumentListsWhatThePortalNeeds() {
        Map<String, Object> discovery = http(null).get().uri("/.well-known/openid-configuration").retrieve()
                .body(Map.class);

        assertThat(discovery).containsEntry("issuer", ISSUER)
                .containsEntry("authorization_endpoint", ISSUER + "/oauth2/authorize")
                .containsEntry("token_endpoint", ISSUER + "/oauth2/token")
                .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
                .containsEntry("userinfo_endpoint", ISSUER + "/userinfo")
                .containsEntry("end_session_endpoint", ISSUER + "/connect/logout");
        assertThat((List<String>) discovery.get("grant_types_supported"))
                .containsExactly("authorization_code", "client_credentials", "refresh_token");
        assertThat((List<String>) discovery.get("scopes_supported")).containsExactly("openid", "profile", "email");
        assertThat((List<String>) discovery.get("token_endpoint_auth_methods_supported")).contains("client_secret_basic");
        assertThat((List<String>) discovery.get("code_challenge_methods_supported")).contains("S256");
        Map<String, Object> metadata = http(null).get().uri("/.well-known/oauth-authorization-server").retrieve()
                .body(Map.class);
        assertThat(metadata).containsEntry("grant_types_supported",
                List.of("authorization_code", "client_credentials", "refresh_token"));
    }

    @Test
    void signingOutAtThePortalEndsTheLoginSessionHereAndReturnsToThePortal() throws Exception {
        String organisationId = registerOrganisation("0000020-3");
        Person person = createPerson(organisationId, "logout@0000020-3.demo.osaava.fi");
        Browser browser = new Browser();
        Map<String, Object> tokens = browser.signIn(person, "nonce-4");
        assertThat(location(browser.authorize(challenge(verifier()), "nonce-5"))).as("still logged in here")
                .startsWith(REDIRECT_URI + "?code=");

        HttpResponse<String> loggedOut = browser.get(base() + "/connect/logout?" + form(Map.of(
                "id_token_hint", (String) tokens.get("id_token"), "post_logout_redirect_uri", AFTER_LOGOUT,
                "state", "bye")));

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(location(loggedOut)).isEqualTo(AFTER_LOGOUT + "?state=bye");
        assertThat(location(browser.authorize(challenge(verifier()), "nonce-6"))).as("the login session is over")
                .endsWith("/login");
    }

    /** One browser: its own cookies (the login session here), redirects followed by hand. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The whole sign-in as the portal does it: its server exchanges the code with its secret. */
        Map<String, Object> signIn(Person person, String nonce) throws Exception {
            String verifier = verifier();
            String code = logInForCode(person, challenge(verifier), nonce);
            HttpResponse<String> response = token(PORTAL_SECRET, Map.of("grant_type", "authorization_code",
                    "code", code, "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSONObjectUtils.parse(response.body());
        }

        String logInForCode(Person person, String challenge, String nonce) throws Exception {
            HttpResponse<String> toLogin = authorize(challenge, nonce);
            assertThat(toLogin.statusCode()).isEqualTo(302);
            assertThat(location(toLogin)).endsWith("/login");

            HttpResponse<String> page = get(base() + "/login");
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
            HttpResponse<String> loggedIn = post(base() + "/login", Map.of("username", person.username(),
                    "password", person.password(), "_csrf", csrf.group(1)));
            assertThat(location(loggedIn)).contains("/oauth2/authorize");

            HttpResponse<String> withCode = get(location(loggedIn));
            assertThat(withCode.statusCode()).isEqualTo(302);
            URI redirect = URI.create(location(withCode));
            assertThat(redirect.toString()).startsWith(REDIRECT_URI + "?");
            Map<String, String> parameters = query(redirect);
            assertThat(parameters).containsEntry("state", "portal-state");
            return parameters.get("code");
        }

        HttpResponse<String> authorize(String challenge, String nonce) throws Exception {
            return get(base() + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", PORTAL,
                    "redirect_uri", REDIRECT_URI, "scope", "openid profile email", "code_challenge", challenge,
                    "code_challenge_method", "S256", "state", "portal-state", "nonce", nonce)));
        }

        HttpResponse<String> get(String uri) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String uri, Map<String, String> parameters) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(uri))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private record Person(String id, String username, String password) {
    }

    /** From the portal's server, not the browser: authenticated with the portal's id and secret (HTTP Basic). */
    private HttpResponse<String> token(String secret, Map<String, String> parameters) throws Exception {
        String basic = Base64.getEncoder().encodeToString((PORTAL + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet keys = JWKSet.parse(http(null).get().uri("/oauth2/jwks").retrieve().body(String.class));
        assertThat(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID())))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private RestClient http(String token) {
        RestClient.Builder builder = TestHttp.to(port);
        if (token != null) {
            builder.defaultHeader("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /** The coordinator's token, fetched once per test: token requests are limited per address. */
    private RestClient admin() {
        if (adminToken == null) {
            MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
            parameters.add("grant_type", "client_credentials");
            Map<?, ?> token = http(null).post().uri("/oauth2/token")
                    .headers(headers -> headers.setBasicAuth("coordinator", COORDINATOR_SECRET))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(parameters).retrieve().body(Map.class);
            adminToken = (String) token.get("access_token");
        }
        return http(adminToken);
    }

    private String registerOrganisation(String businessId) {
        String body = """
                {"name":"Organisation %s (demo)","businessId":"%s","type":"SERVICE_PRODUCER","ring":"MIDDLE",
                 "regions":["11"],"contactEmail":"it@%s.demo.osaava.fi","demo":true}""".formatted(businessId, businessId,
                businessId);
        ResponseEntity<Map> response = admin().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    @SuppressWarnings("unchecked")
    private Person createPerson(String organisationId, String email) {
        ResponseEntity<Map> created = admin().post().uri("/api/organisations/{id}/users", organisationId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"email\":\"%s\",\"roles\":[\"MEMBER\"]}".formatted(email))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        List<Map<String, Object>> people = admin().get().uri("/api/organisations/{id}/users", organisationId).retrieve()
                .body(List.class);
        return new Person((String) people.get(0).get("id"), (String) created.getBody().get("username"),
                (String) created.getBody().get("initialPassword"));
    }
}
