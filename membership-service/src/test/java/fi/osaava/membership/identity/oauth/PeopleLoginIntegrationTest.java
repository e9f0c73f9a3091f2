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

import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;

/** A person logs in with the form and gets a token by the authorization code with PKCE, over real HTTP. */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "osaava.identity.issuer=" + PeopleLoginIntegrationTest.ISSUER,
        "osaava.identity.coordinator.client-secret=" + PeopleLoginIntegrationTest.COORDINATOR_SECRET})
class PeopleLoginIntegrationTest {

    static final String ISSUER = "http://issuer.test.osaava";
    static final String COORDINATOR_SECRET = "coordinator-secret-of-the-people-test";
    static final String REDIRECT_URI = "http://127.0.0.1:8400/callback";
    /** Where catalogue-service's Swagger UI is in the local stack: an allowed origin and redirect URI by default. */
    static final String CATALOGUE_SWAGGER_UI = "http://localhost:8082";

    @LocalServerPort
    int port;

    @Test
    void aPersonLogsInAndGetsATokenForTheirOrganisation() throws Exception {
        String organisationId = registerOrganisation("0000008-6");
        Map<String, Object> user = createUser(organisationId, "Maija.Meikalainen@0000008-6.demo.osaava.fi");
        String username = (String) user.get("username");
        assertThat(username).isEqualTo("maija.meikalainen@0000008-6.demo.osaava.fi");
        assertThat(user).containsOnlyKeys("username", "initialPassword");

        Browser browser = new Browser();
        String verifier = verifier();
        String code = browser.logInForCode(username, (String) user.get("initialPassword"), challenge(verifier));
        HttpResponse<String> tokenResponse = browser.exchange(code, verifier);

        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        Map<String, Object> token = JSONObjectUtils.parse(tokenResponse.body());
        assertThat(token.get("token_type")).isEqualTo("Bearer");
        assertThat(token).doesNotContainKey("refresh_token");
        SignedJWT jwt = SignedJWT.parse((String) token.get("access_token"));
        RSAKey key = (RSAKey) publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly("osaava");
        assertThat(claims.getSubject()).as("the user id, not the e-mail address")
                .isEqualTo(usersOf(organisationId).get(0).get("id")).doesNotContain("@");
        assertThat(claims.getStringClaim("org")).isEqualTo(organisationId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("osaava-web");

        RestClient asThePerson = http((String) token.get("access_token"));
        ResponseEntity<Map> own = asThePerson.get().uri("/api/organisations/{id}", organisationId).retrieve()
                .toEntity(Map.class);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).containsEntry("contactEmail", "it@0000008-6.demo.osaava.fi");
        ResponseEntity<Map> coordinatorOnly = asThePerson.post().uri("/api/organisations/{id}/clients", organisationId)
                .retrieve().toEntity(Map.class);
        assertThat(coordinatorOnly.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordGetsNoCode() throws Exception {
        String organisationId = registerOrganisation("0000009-4");
        String username = (String) createUser(organisationId, "wrong@0000009-4.demo.osaava.fi").get("username");
        Browser browser = new Browser();

        HttpResponse<String> toLogin = browser.authorize(challenge(verifier()));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");
        HttpResponse<String> loggedIn = browser.logIn(username, "not-the-password");

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location(loggedIn)).endsWith("/login?error");
        HttpResponse<String> again = browser.authorize(challenge(verifier()));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(location(again)).endsWith("/login").doesNotContain("code=");
    }

    @Test
    void aCodeWithoutTheRightVerifierGetsNoToken() throws Exception {
        String organisationId = registerOrganisation("0000010-7");
        Map<String, Object> user = createUser(organisationId, "verifier@0000010-7.demo.osaava.fi");
        Browser browser = new Browser();
        String code = browser.logInForCode((String) user.get("username"), (String) user.get("initialPassword"),
                challenge(verifier()));

        HttpResponse<String> response = browser.exchange(code, verifier());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void aPersonReplacesTheInitialPasswordAndTheOldOneStopsWorking() throws Exception {
        String organisationId = registerOrganisation("0000013-1");
        Map<String, Object> user = createUser(organisationId, "vaihtaja@0000013-1.demo.osaava.fi");
        String username = (String) user.get("username");
        String initial = (String) user.get("initialPassword");
        RestClient asThePerson = http(logIn(username, initial));

        ResponseEntity<Map> wrongCurrent = changePassword(asThePerson, "not-the-password", "a-long-new-password-1");
        assertThat(wrongCurrent.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongCurrent.getBody().get("errors").toString()).contains("currentPassword");
        ResponseEntity<Map> tooShort = changePassword(asThePerson, initial, "short");
        assertThat(tooShort.getStatusCode().value()).isEqualTo(400);
        assertThat(tooShort.getBody().get("errors").toString()).contains("newPassword");
        assertThat(changePassword(asThePerson, initial, "a-long-new-password-1").getStatusCode().value())
                .isEqualTo(204);

        HttpResponse<String> withTheOld = new Browser().logIn(username, initial);
        assertThat(location(withTheOld)).endsWith("/login?error");
        assertThat(logIn(username, "a-long-new-password-1")).isNotBlank();
        Map<String, Object> listed = usersOf(organisationId).get(0);
        assertThat(listed).containsEntry("initialPassword", false).containsEntry("disabled", false)
                .doesNotContainKeys("password", "passwordHash");
        assertThat(listed.get("passwordChangedAt")).isNotNull();
    }

    @Test
    void aMachineClientHasNoPasswordToChangeButKnowsWhoItIs() {
        @SuppressWarnings("unchecked")
        Map<String, Object> me = admin().get().uri("/api/me").retrieve().body(Map.class);
        assertThat(me).containsEntry("subject", "coordinator").containsEntry("person", false)
                .containsEntry("roles", List.of("COORDINATOR"));

        assertThat(changePassword(admin(), "whatever-it-is", "a-long-new-password-1").getStatusCode().value())
                .isEqualTo(403);
        assertThat(http(null).get().uri("/api/me").retrieve().toEntity(Map.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void aDisabledPersonCannotLogInUntilEnabledAgain() throws Exception {
        String organisationId = registerOrganisation("0000015-8");
        Map<String, Object> user = createUser(organisationId, "poissa@0000015-8.demo.osaava.fi");
        String username = (String) user.get("username");
        String password = (String) user.get("initialPassword");
        String userId = (String) usersOf(organisationId).get(0).get("id");
        String personToken = logIn(username, password);

        ResponseEntity<Map> bySelf = http(personToken).post()
                .uri("/api/organisations/{id}/users/{user}/disable", organisationId, userId).retrieve().toEntity(Map.class);
        assertThat(bySelf.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> disabled = admin().post()
                .uri("/api/organisations/{id}/users/{user}/disable", organisationId, userId).retrieve().toEntity(Map.class);
        assertThat(disabled.getStatusCode().value()).isEqualTo(200);
        assertThat(disabled.getBody()).containsEntry("disabled", true);

        HttpResponse<String> refused = new Browser().logIn(username, password);
        assertThat(location(refused)).endsWith("/login?error");
        assertThat(admin().post().uri("/api/organisations/{id}/users/{user}/disable", "coordinator", userId)
                .retrieve().toEntity(Map.class).getStatusCode().value()).as("another organisation's user")
                .isEqualTo(404);

        admin().post().uri("/api/organisations/{id}/users/{user}/enable", organisationId, userId).retrieve()
                .toBodilessEntity();
        assertThat(logIn(username, password)).isNotBlank();
    }

    @Test
    void theUserApiRefusesWhatItCannotDo() {
        String organisationId = registerOrganisation("0000011-5");
        createUser(organisationId, "taken@0000011-5.demo.osaava.fi");

        assertThat(postUser(organisationId, "{\"email\":\"TAKEN@0000011-5.demo.osaava.fi\",\"roles\":[\"MEMBER\"]}")
                .getStatusCode().value()).isEqualTo(409);
        assertThat(postUser(organisationId, "{\"email\":\"not-an-address\",\"roles\":[\"MEMBER\"]}")
                .getStatusCode().value()).isEqualTo(400);
        assertThat(postUser(organisationId, "{\"email\":\"system@0000011-5.demo.osaava.fi\",\"roles\":[\"SYSTEM\"]}")
                .getStatusCode().value()).isEqualTo(400);
        assertThat(postUser(organisationId, "{\"email\":\"boss@0000011-5.demo.osaava.fi\",\"roles\":[\"COORDINATOR\"]}")
                .getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map> unknown = postUser("nope", "{\"email\":\"a@b.fi\",\"roles\":[\"MEMBER\"]}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(postUser("coordinator", "{\"email\":\"staff@osaava.fi\",\"roles\":[\"COORDINATOR\"]}")
                .getStatusCode().value()).isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMetadataAdvertisesTheAuthorizationCodeGrant() {
        Map<String, Object> metadata = http(null).get().uri("/.well-known/oauth-authorization-server").retrieve()
                .body(Map.class);

        assertThat(metadata).containsEntry("authorization_endpoint", ISSUER + "/oauth2/authorize")
                .containsEntry("grant_types_supported", List.of("authorization_code", "client_credentials"));
        assertThat((List<String>) metadata.get("code_challenge_methods_supported")).contains("S256");
        assertThat((List<String>) metadata.get("token_endpoint_auth_methods_supported")).contains("none");
    }

    @Test
    void swaggerUiOfAnotherServiceGetsAPersonsTokenThatTheApisAccept() throws Exception {
        String organisationId = registerOrganisation("0000016-6");
        Map<String, Object> user = createUser(organisationId, "swagger@0000016-6.demo.osaava.fi");
        Browser swaggerUi = new Browser(CATALOGUE_SWAGGER_UI + "/swagger-ui/oauth2-redirect.html", CATALOGUE_SWAGGER_UI);
        String verifier = verifier();
        String code = swaggerUi.logInForCode((String) user.get("username"), (String) user.get("initialPassword"),
                challenge(verifier));

        HttpResponse<String> response = swaggerUi.exchange(code, verifier);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as("the page's script may read it")
                .contains(CATALOGUE_SWAGGER_UI);
        String token = (String) JSONObjectUtils.parse(response.body()).get("access_token");
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("osaava");
        assertThat(claims.getStringClaim("org")).isEqualTo(organisationId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
        @SuppressWarnings("unchecked")
        Map<String, Object> me = http(token).get().uri("/api/me").retrieve().body(Map.class);
        assertThat(me).containsEntry("person", true).containsEntry("organisationId", organisationId);
    }

    @Test
    void theTokenEndpointAnswersABrowsersPreflightOnlyFromAnAllowedOrigin() throws Exception {
        HttpResponse<String> allowed = preflight("/oauth2/token", CATALOGUE_SWAGGER_UI);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(CATALOGUE_SWAGGER_UI);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "content-type", "x-requested-with");
        assertThat(preflight("/oauth2/jwks", CATALOGUE_SWAGGER_UI).headers().firstValue("Access-Control-Allow-Origin"))
                .contains(CATALOGUE_SWAGGER_UI);

        HttpResponse<String> refused = preflight("/oauth2/token", "https://elsewhere.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String path, String origin) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", path.endsWith("/token") ? "POST" : "GET")
                        .header("Access-Control-Request-Headers", "authorization,content-type,x-requested-with").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One browser: its own cookies (the login session), redirects followed by hand. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String redirectUri;
        /** The origin of the page whose script exchanges the code, if not this service's own. */
        private final String origin;

        Browser() {
            this(REDIRECT_URI, null);
        }

        Browser(String redirectUri, String origin) {
            this.redirectUri = redirectUri;
            this.origin = origin;
        }

        String logInForCode(String username, String password, String challenge) throws Exception {
            HttpResponse<String> toLogin = authorize(challenge);
            assertThat(toLogin.statusCode()).isEqualTo(302);
            assertThat(location(toLogin)).endsWith("/login");

            HttpResponse<String> loggedIn = logIn(username, password);
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            String back = location(loggedIn);
            assertThat(back).contains("/oauth2/authorize");

            HttpResponse<String> withCode = get(back);
            assertThat(withCode.statusCode()).isEqualTo(302);
            URI redirect = URI.create(location(withCode));
            assertThat(redirect.toString()).startsWith(redirectUri + "?");
            Map<String, String> parameters = query(redirect);
            assertThat(parameters).containsEntry("state", "xyz");
            return parameters.get("code");
        }

        HttpResponse<String> authorize(String challenge) throws Exception {
            return get(base() + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", "osaava-web",
                    "redirect_uri", redirectUri, "code_challenge", challenge, "code_challenge_method", "S256",
                    "state", "xyz")));
        }

        HttpResponse<String> logIn(String username, String password) throws Exception {
            HttpResponse<String> page = get(base() + "/login");
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
            return post(base() + "/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
        }

        HttpResponse<String> exchange(String code, String verifier) throws Exception {
            return post(base() + "/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                    "redirect_uri", redirectUri, "client_id", "osaava-web", "code_verifier", verifier));
        }

        private HttpResponse<String> get(String uri) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String uri, Map<String, String> form) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form)));
            if (origin != null && uri.endsWith("/oauth2/token")) {
                request.header("Origin", origin);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
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

    private RestClient admin() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        Map<?, ?> token = http(null).post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth("coordinator", COORDINATOR_SECRET))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
        return http((String) token.get("access_token"));
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
    private Map<String, Object> createUser(String organisationId, String email) {
        ResponseEntity<Map> response = postUser(organisationId,
                "{\"email\":\"%s\",\"roles\":[\"MEMBER\"]}".formatted(email));
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody();
    }

    private ResponseEntity<Map> postUser(String organisationId, String body) {
        return admin().post().uri("/api/organisations/{id}/users", organisationId)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private String logIn(String username, String password) throws Exception {
        Browser browser = new Browser();
        String verifier = verifier();
        String code = browser.logInForCode(username, password, challenge(verifier));
        HttpResponse<String> response = browser.exchange(code, verifier);
        assertThat(response.statusCode()).isEqualTo(200);
        return (String) JSONObjectUtils.parse(response.body()).get("access_token");
    }

    private static ResponseEntity<Map> changePassword(RestClient client, String current, String next) {
        return client.post().uri("/api/me/password").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("currentPassword", current, "newPassword", next)).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> usersOf(String organisationId) {
        return admin().get().uri("/api/organisations/{id}/users", organisationId).retrieve().body(List.class);
    }

    private JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(http(null).get().uri("/oauth2/jwks").retrieve().body(String.class));
    }
}
