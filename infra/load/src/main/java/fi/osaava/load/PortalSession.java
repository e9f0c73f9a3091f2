package fi.osaava.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the portal the way a browser does it, without a browser: the portal's authorization
 * request, membership-service's login form, the code back to the portal, and the portal's session cookie
 * ({@code OSAAVA_PORTAL}) at the end. Redirects are followed by hand, with one cookie jar for both servers.
 */
final class PortalSession {

    static final String COOKIE = "OSAAVA_PORTAL";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private PortalSession() {
    }

    /** Signs the person in at the portal ({@code http://127.0.0.1:port}); the value of the portal's session cookie. */
    static String signIn(URI portal, String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI next = portal.resolve("/oauth2/authorization/osaava");
        boolean formSent = false;
        for (int step = 0; step < 12; step++) {
            HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(next).timeout(TIMEOUT).GET().build());
            if (answer.statusCode() / 100 == 3) {
                next = next.resolve(answer.headers().firstValue("Location")
                        .orElseThrow(() -> new LoadException("a redirect without Location from " + answer.uri())));
                continue;
            }
            if (answer.statusCode() == 200 && !formSent && answer.body().contains("name=\"password\"")) {
                Matcher csrf = CSRF.matcher(answer.body());
                if (!csrf.find()) {
                    throw new LoadException("the login form at " + next + " has no _csrf value");
                }
                String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                        + encode(csrf.group(1));
                HttpResponse<String> posted = send(browser, HttpRequest.newBuilder(next.resolve("/login")).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
                String location = posted.headers().firstValue("Location").orElse("");
                if (posted.statusCode() / 100 != 3 || location.contains("error")) {
                    throw new LoadException("the login of " + username + " was refused (" + posted.statusCode() + " "
                            + location + ")");
                }
                next = next.resolve(location);
                formSent = true;
                continue;
            }
            if (answer.statusCode() == 200 && formSent && next.getPort() == portal.getPort()) {
                for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
                    if (cookie.getName().equals(COOKIE)) {
                        return cookie.getValue();
                    }
                }
                throw new LoadException("signed in at the portal without its session cookie " + COOKIE);
            }
            throw new LoadException("the sign-in stopped at " + next + " with " + answer.statusCode());
        }
        throw new LoadException("the sign-in of " + username + " took more than 12 steps");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoadException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException(request.method() + " " + request.uri() + " interrupted", e);
        }
    }
}
