package fi.osaava.membership.identity.signin;

import static fi.osaava.membership.identity.oauth.CodeFlow.challenge;
import static fi.osaava.membership.identity.oauth.CodeFlow.form;
import static fi.osaava.membership.identity.oauth.CodeFlow.location;
import static fi.osaava.membership.identity.oauth.CodeFlow.query;
import static fi.osaava.membership.identity.oauth.CodeFlow.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.nimbusds.jose.util.JSONObjectUtils;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.membership.TestBusinessIds;

/**
 * The sign-in page a person sees when the portal sends them here, over real HTTP: in Finnish unless the portal's
 * {@code ui_locales} or the page's own switch says otherwise, a refused sign-in on the same page in the same
 * language with the username kept, and the sign-in still completing the portal's authorization-code flow.
 */
@ServiceIntegrationTest
// the same properties as PortalLoginIntegrationTest's, so the two share one application context
@TestPropertySource(properties = {
        "osaava.identity.issuer=http://issuer.test.osaava",
        "osaava.identity.coordinator.client-secret=coordinator-secret-of-the-portal-test",
        "osaava.identity.portal-client.client-secret=portal-secret-of-the-portal-test"})
class SignInPageIntegrationTest {

    static final String COORDINATOR_SECRET = "coordinator-secret-of-the-portal-test";
    static final String PORTAL = "osaava-portal";
    static final String PORTAL_SECRET = "portal-secret-of-the-portal-test";
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/osaava";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private String adminToken;

    @Test
    void theSignInPageIsInFinnishByDefaultWithLabelledFieldsForAPasswordManager() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<html lang=\"fi\"", "<title>Kirjaudu sisään – Osaava</title>",
                "<h1>Kirjaudu sisään</h1>", "<main id=\"main\"", "href=\"#main\"", "<label for=\"username\">Sähköpostiosoite</label>",
                "<label for=\"password\">Salasana</label>", "name=\"username\"", "autocomplete=\"username\"",
                "name=\"password\"", "type=\"password\"", "autocomplete=\"current-password\"",
                "<button type=\"submit\">Kirjaudu</button>", "href=\"/css/osaava.css\"", "<footer");
        assertThat(html).as("no error before a try").doesNotContain("signin-error", "aria-invalid");
        assertThat(CSRF.matcher(html).find()).as("the form's CSRF token").isTrue();
        assertThat(html).contains("href=\"/login?lang=sv\"", "href=\"/login?lang=en\"")
                .containsPattern("<a href=\"/login\\?lang=fi\" lang=\"fi\" hreflang=\"fi\"\\s+aria-current=\"true\">suomi</a>");
        assertThat(html).as("no scripts or inline styles").doesNotContain("<script", "style=");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "style-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void theSwitchShowsThePageInSwedishOrEnglishAndTheCookieKeepsIt() throws Exception {
        Browser browser = new Browser();

        assertThat(browser.get("/login?lang=sv").body()).contains("<html lang=\"sv\"", "<h1>Logga in</h1>",
                "<label for=\"username\">E-postadress</label>", "<label for=\"password\">Lösenord</label>");
        assertThat(browser.cookie(SignInLanguage.COOKIE)).isEqualTo("sv");
        assertThat(browser.get("/login").body()).as("remembered").contains("<html lang=\"sv\"", "<h1>Logga in</h1>");

        String english = browser.get("/login?lang=en").body();
        assertThat(english).contains("<html lang=\"en\"", "<h1>Sign in</h1>", "<label for=\"username\">Email address</label>",
                "<label for=\"password\">Password</label>", "<button type=\"submit\">Sign in</button>");
        assertThat(browser.get("/login?lang=de").body()).as("an unknown language changes nothing")
                .contains("<html lang=\"en\"");
    }

    @Test
    void thePortalsLanguageComesAsUiLocalesAndAWrongPasswordIsRefusedOnTheSamePageInIt() throws Exception {
        Person person = createPerson(registerOrganisation());
        Browser browser = new Browser();
        String verifier = verifier();

        HttpResponse<String> toLogin = browser.authorize(challenge(verifier), "sv-FI en");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");
        String swedish = browser.get("/login").body();
        assertThat(swedish).contains("<html lang=\"sv\"", "<h1>Logga in</h1>");

        HttpResponse<String> refused = browser.post("/login", Map.of("username", person.username(),
                "password", "not-the-password", "_csrf", csrf(swedish)));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/login?error");
        String again = browser.get("/login?error").body();
        assertThat(again).contains("<html lang=\"sv\"", "<h2>Inloggningen misslyckades</h2>",
                "<p id=\"signin-error\">E-postadressen eller lösenordet är fel. Kontrollera dem och försök igen.</p>");
        assertThat(inputs(again, "username")).as("the username is kept").contains("value=\"" + person.username() + "\"")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"signin-error username-hint\"");
        assertThat(inputs(again, "password")).contains("aria-invalid=\"true\"", "aria-describedby=\"signin-error\"")
                .doesNotContain("value=");

        String english = browser.get("/login?error&lang=en").body();
        assertThat(english).as("the switch keeps the error").contains("<html lang=\"en\"", "<h2>Signing in failed</h2>",
                "The email address or password is wrong.");
        assertThat(browser.get("/login?error").body()).as("the switch outranks ui_locales for this sign-in")
                .contains("<html lang=\"en\"");

        HttpResponse<String> signedIn = browser.post("/login", Map.of("username", person.username(),
                "password", person.password(), "_csrf", csrf(english)));
        assertThat(location(signedIn)).contains("/oauth2/authorize");
        HttpResponse<String> withCode = browser.get(location(signedIn));
        assertThat(withCode.statusCode()).isEqualTo(302);
        Map<String, String> answer = query(URI.create(location(withCode)));
        assertThat(location(withCode)).startsWith(REDIRECT_URI + "?");
        assertThat(answer).containsEntry("state", "portal-state").containsKey("code");
        HttpResponse<String> tokens = token(Map.of("grant_type", "authorization_code", "code", answer.get("code"),
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(tokens.body())).containsKeys("access_token", "id_token");
    }

    @Test
    void aNewAuthorizationRequestInAnotherLanguageIsShownInIt() throws Exception {
        Browser browser = new Browser();
        browser.authorize(challenge(verifier()), "sv");
        assertThat(browser.get("/login?lang=fi").body()).contains("<html lang=\"fi\"");

        browser.authorize(challenge(verifier()), "en");

        assertThat(browser.get("/login").body()).contains("<html lang=\"en\"", "<h1>Sign in</h1>");
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");

        HttpResponse<String> refused = browser.post("/login", Map.of("username", "someone@example.test",
                "password", "whatever"));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutIsConfirmedOnAPageOfItsOwnAndEndsOnTheSignInPageInTheSameLanguage() throws Exception {
        Browser browser = new Browser();
        browser.get("/login?lang=en");

        String confirm = browser.get("/logout").body();
        assertThat(confirm).contains("<html lang=\"en\"", "<h1>Sign out</h1>", "<main id=\"main\"",
                "<button type=\"submit\">Sign out</button>");
        assertThat(confirm).containsPattern("<form[^>]*method=\"post\"[^>]*action=\"/logout\"");
        HttpResponse<String> signedOut = browser.post("/logout", Map.of("_csrf", csrf(confirm)));

        assertThat(location(signedOut)).endsWith("/login?logout");
        assertThat(browser.get("/login?logout").body()).contains("<html lang=\"en\"", "You have signed out.");
    }

    @Test
    void theStylesheetAndIconNeedNoToken() {
        RestClient anyone = TestHttp.to(port).build();

        assertThat(anyone.get().uri("/css/osaava.css").retrieve().toEntity(String.class).getHeaders().getContentType()
                .isCompatibleWith(MediaType.valueOf("text/css"))).isTrue();
        assertThat(anyone.get().uri("/favicon.svg").retrieve().toEntity(String.class).getStatusCode().value())
                .isEqualTo(200);
    }

    /** One browser: its own cookies, redirects followed by hand. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The portal starting a sign-in in the given language. */
        HttpResponse<String> authorize(String challenge, String uiLocales) throws Exception {
            return get("/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", PORTAL,
                    "redirect_uri", REDIRECT_URI, "scope", "openid profile email", "code_challenge", challenge,
                    "code_challenge_method", "S256", "state", "portal-state", "nonce", "n-" + verifier(),
                    "ui_locales", uiLocales)));
        }

        HttpResponse<String> get(String uri) throws Exception {
            return client.send(HttpRequest.newBuilder(absolute(uri)).header("Accept", "text/html")
                    // a browser's own language is not asked
                    .header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String uri, Map<String, String> parameters) throws Exception {
            return client.send(HttpRequest.newBuilder(absolute(uri)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private URI absolute(String uri) {
            return URI.create(uri.startsWith("http") ? uri : "http://localhost:" + port + uri);
        }
    }

    private record Person(String username, String password) {
    }

    private static String csrf(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the form's CSRF token").isTrue();
        return csrf.group(1);
    }

    /** The {@code <input>} tag with this id. */
    private static String inputs(String page, String id) {
        Matcher input = Pattern.compile("<input id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(input.find()).as(id).isTrue();
        return input.group();
    }

    private HttpResponse<String> token(Map<String, String> parameters) throws Exception {
        String basic = Base64.getEncoder().encodeToString((PORTAL + ":" + PORTAL_SECRET).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private RestClient admin() {
        if (adminToken == null) {
            MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
            parameters.add("grant_type", "client_credentials");
            Map<?, ?> token = TestHttp.to(port).build().post().uri("/oauth2/token")
                    .headers(headers -> headers.setBasicAuth("coordinator", COORDINATOR_SECRET))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(parameters).retrieve().body(Map.class);
            adminToken = (String) token.get("access_token");
        }
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + adminToken).build();
    }

    private String businessId;

    private String registerOrganisation() {
        businessId = TestBusinessIds.random();
        String body = """
                {"name":"Organisation %s (demo)","businessId":"%s","type":"SERVICE_PRODUCER","ring":"MIDDLE",
                 "regions":["11"],"contactEmail":"it@%s.demo.osaava.fi","demo":true}""".formatted(businessId, businessId,
                businessId);
        return (String) admin().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(Map.class).get("id");
    }

    @SuppressWarnings("unchecked")
    private Person createPerson(String organisationId) {
        String email = "kieli@" + businessId + ".demo.osaava.fi";
        Map<String, Object> created = admin().post().uri("/api/organisations/{id}/users", organisationId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"email\":\"%s\",\"roles\":[\"MEMBER\"]}".formatted(email))
                .retrieve().body(Map.class);
        return new Person((String) created.get("username"), (String) created.get("initialPassword"));
    }
}
