package fi.osaava.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A person's access token from membership-service, the way a browser app gets one: the authorization
 * code flow with PKCE (S256) as the public client {@value #CLIENT_ID}, through the login form. Each
 * call is a fresh browser (its own cookies); redirects are followed by hand, and the code is read from
 * the redirect to {@link #REDIRECT_URI}, where nothing needs to listen.
 *
 * <pre>{@code
 * PersonLogin login = new PersonLogin(stack.serviceUrl(Service.MEMBERSHIP));
 * String token = login.accessToken("koordinaattori@demo.osaava.fi", password);
 * login.changePassword(token, password, StackCredentials.generateSecret());
 * }</pre>
 *
 * {@code infra/local-stack/person-token.sh} does the same with curl.
 */
public final class PersonLogin {

    public static final String CLIENT_ID = "osaava-web";
    public static final String REDIRECT_URI = "http://127.0.0.1:8400/callback";
    /** The same flow with curl, relative to the repository root. */
    public static final String SCRIPT = "infra/local-stack/person-token.sh";
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._~:+/=@%-]+");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The server did not let the person in, or answered the flow unexpectedly; the message says which step. */
    public static final class LoginException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LoginException(String message) {
            super(message);
        }

        LoginException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final URI membershipUrl;

    /** Logs in at the membership-service at {@code membershipUrl}, e.g. {@code http://localhost:8081}. */
    public PersonLogin(URI membershipUrl) {
        this.membershipUrl = membershipUrl;
    }

    /**
     * Logs the person in and returns an access token (15 min) carrying their organisation and roles.
     *
     * @throws LoginException for a wrong username or password, a disabled person, an initial password
     *                        older than 7 days, or any unexpected answer
     */
    public String accessToken(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = randomToken();
        String state = randomToken();
        URI authorize = url("/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT_URI, "code_challenge", challenge(verifier), "code_challenge_method", "S256",
                "state", state)));

        HttpResponse<String> toLogin = send(browser, get(authorize));
        expectRedirect(toLogin, "GET /oauth2/authorize");
        HttpResponse<String> page = send(browser, get(url("/login")));
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new LoginException("GET /login answered " + page.statusCode() + " without the form's _csrf value");
        }
        HttpResponse<String> loggedIn = send(browser, post(url("/login"),
                Map.of("username", username, "password", password, "_csrf", csrf.group(1))));
        String back = expectRedirect(loggedIn, "POST /login");
        if (back.contains("/login?error")) {
            throw new LoginException("login refused for " + username
                    + ": wrong username or password, or the user is disabled (or the initial password is older than 7 days)");
        }
        HttpResponse<String> withCode = send(browser, get(membershipUrl.resolve(back)));
        String redirect = expectRedirect(withCode, "GET " + back);
        if (!redirect.startsWith(REDIRECT_URI + "?")) {
            throw new LoginException("the authorization endpoint redirected to " + redirect + " instead of " + REDIRECT_URI);
        }
        Map<String, String> answer = query(URI.create(redirect));
        if (answer.containsKey("error")) {
            throw new LoginException("the authorization endpoint answered error=" + answer.get("error") + " "
                    + answer.getOrDefault("error_description", ""));
        }
        if (!state.equals(answer.get("state")) || !answer.containsKey("code")) {
            throw new LoginException("the redirect to " + REDIRECT_URI + " has no code or another state than sent");
        }

        HttpResponse<String> token = send(browser, post(url("/oauth2/token"), Map.of("grant_type", "authorization_code",
                "code", answer.get("code"), "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "code_verifier", verifier)));
        JsonNode json = readJson(token);
        JsonNode value = json.path("access_token");
        if (token.statusCode() != 200 || !value.isTextual()) {
            throw new LoginException("POST /oauth2/token answered " + token.statusCode() + ": " + abbreviate(token.body()));
        }
        return value.asText();
    }

    /**
     * {@code POST /api/me/password} with the person's token: replaces their password (at least 12 characters).
     *
     * @throws LoginException when the server does not answer 204 (e.g. 400 for a wrong current password)
     */
    public void changePassword(String accessToken, String currentPassword, String newPassword) {
        String body = MAPPER.createObjectNode().put("currentPassword", currentPassword).put("newPassword", newPassword)
                .toString();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = send(client, HttpRequest.newBuilder(url("/api/me/password")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 204) {
            throw new LoginException("POST /api/me/password answered " + response.statusCode() + " (expected 204): "
                    + abbreviate(response.body()));
        }
    }

    /**
     * The one-line shell command (run from the repository root) that puts the person's access token into
     * {@code variable}: {@code PERSON_TOKEN=$(infra/local-stack/person-token.sh --credentials <file> <username> <membership URL>)}.
     * The script reads the password from the owner-only credentials file: it is never printed.
     */
    public static String shellCommand(String variable, URI membershipUrl, java.nio.file.Path credentialsFile,
                                      PersonCredentials person) {
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a shell variable name: " + variable);
        }
        String base = membershipUrl.toString().replaceAll("/+$", "");
        return variable + "=$(" + SCRIPT + " --credentials " + quoted(credentialsFile.toString()) + " "
                + quoted(person.username()) + " " + quoted(base) + ")";
    }

    private static String quoted(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : singleQuoted(word);
    }

    private static String singleQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The PKCE S256 challenge of a verifier: base64url(SHA-256(verifier)) without padding. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers

    private URI url(String pathAndQuery) {
        return membershipUrl.resolve(pathAndQuery);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest post(URI uri, Map<String, String> parameters) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        String what = request.method() + " " + request.uri().getPath();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoginException(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginException(what + " interrupted", e);
        }
    }

    private static String expectRedirect(HttpResponse<String> response, String what) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.isEmpty()) {
            throw new LoginException(what + " answered " + response.statusCode() + " (expected a 302 redirect): "
                    + abbreviate(response.body()));
        }
        return location;
    }

    private static JsonNode readJson(HttpResponse<String> response) {
        try {
            JsonNode json = MAPPER.readTree(response.body());
            return json == null ? MAPPER.createObjectNode() : json;
        } catch (JacksonException e) {
            return MAPPER.createObjectNode();
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    /** Answers of this flow hold a token only when they succeed, and then they are not shown. */
    private static String abbreviate(String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty()) {
            return "(empty body)";
        }
        return trimmed.length() > 500 ? trimmed.substring(0, 500) + "…" : trimmed;
    }

    @Override
    public String toString() {
        return "PersonLogin[" + membershipUrl + "]";
    }
}
