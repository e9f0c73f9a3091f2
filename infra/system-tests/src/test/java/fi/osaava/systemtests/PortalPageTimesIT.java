package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.Service;
import tools.jackson.databind.JsonNode;

/**
 * A benchmark, not a timed test: each portal page's server time with the demo data (the time from sending the
 * request to the last byte of the page, one client on this machine, after a warm-up), printed as p50 / p95 / max and
 * written to {@code target/portal-page-times.md}. It fails only when a page does not answer 200. The target is
 * p95 ≤ 200 ms per page.
 */
@ExtendWith(RunningSystem.Resolver.class)
class PortalPageTimesIT {

    static final int WARM_UP = 10;
    static final int MEASURED = 50;

    @Test
    void everyPagesServerTime(RunningSystem system) throws Exception {
        LocalStack stack = system.stack();
        String portal = stack.portalUrl().toString().replaceAll("/+$", "");
        String offeringId = system.ids().offerings().values().iterator().next();
        JsonNode openNeeds = system.client().get(Service.NEEDS, "/api/needs?region=11&status=PUBLISHED,ANSWERED,COVERED",
                stack.coordinatorToken());
        String needId = openNeeds.get(0).get("id").asString();

        Map<String, String> anonymous = new LinkedHashMap<>();
        anonymous.put("/", "/");
        anonymous.put("/tray", "/tray");
        anonymous.put("/tray?q=lääkehoidon", "/tray?q=" + URLEncoder.encode("lääkehoidon", StandardCharsets.UTF_8));
        anonymous.put("/tray?category=…&region=11", "/tray?category=FREE_TRAINING_WEBINAR_TOOL&region=11");
        anonymous.put("/tray/{id}", "/tray/" + offeringId);
        anonymous.put("/join", "/join");
        anonymous.put("/thesis-topics", "/thesis-topics");
        anonymous.put("/networks", "/networks");
        anonymous.put("/ecosystems", "/ecosystems");
        anonymous.put("/ecosystems/{id}", "/ecosystems/pohjois-savo");
        Map<String, String> signedIn = new LinkedHashMap<>();
        signedIn.put("/my/open-needs", "/my/open-needs?region=11");
        signedIn.put("/my/needs", "/my/needs");
        signedIn.put("/my/needs/new", "/my/needs/new");
        signedIn.put("/my/needs/{id}", "/my/needs/" + needId);
        signedIn.put("/my/offerings/new", "/my/offerings/new?need=" + needId);
        signedIn.put("/my/offerings", "/my/offerings");
        signedIn.put("/my/alerts", "/my/alerts");
        signedIn.put("/my/preferences", "/my/preferences");
        signedIn.put("/my/organisation", "/my/organisation");
        signedIn.put("/my/organisation/profile", "/my/organisation/profile");
        signedIn.put("/my/organisation/contacts", "/my/organisation/contacts");

        String session;
        try (Browser browser = new Browser(Path.of("target", "screenshots"))) {
            PersonCredentials person = system.ids().credentials().person("koulutussuunnittelija@savonia.demo.osaava.fi")
                    .orElseThrow();
            browser.open(portal + "/oauth2/authorization/osaava");
            browser.find(By.id("username")).sendKeys(person.username());
            browser.find(By.id("password")).sendKeys(person.password());
            browser.find(By.cssSelector("button[type=submit]")).click();
            browser.waitForAddress(portal + "/");
            browser.find(By.cssSelector("form[action$='/sign-out']"));
            session = browser.cookie("OSAAVA_PORTAL");
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        // one of the planner's own offerings, from the link on the organisation's offerings page
        String ours = new String(send(http, HttpRequest.newBuilder(URI.create(portal + "/my/offerings"))
                .header("Cookie", "OSAAVA_PORTAL=" + session).GET().build()).body(), StandardCharsets.UTF_8);
        Matcher edit = Pattern.compile("/my/offerings/([^/\"]+)/edit").matcher(ours);
        assertThat(edit.find()).as("an offering of the planner's organisation to change").isTrue();
        signedIn.put("/my/offerings/{id}/edit", "/my/offerings/" + edit.group(1) + "/edit");
        List<String> rows = new ArrayList<>();
        rows.add("| page | who | p50 ms | p95 ms | max ms | n |");
        rows.add("|---|---|---|---|---|---|");
        anonymous.forEach((name, path) -> rows.add(measure(http, portal + path, null, name, "anyone")));
        signedIn.forEach((name, path) -> rows.add(measure(http, portal + path, session, name, "a provider's planner")));

        String report = "# Portal page server times\n\nDemo data, one client on this machine (everything co-located), "
                + WARM_UP + " warm-up requests then " + MEASURED + " measured per page; target p95 ≤ 200 ms.\n\n"
                + String.join("\n", rows) + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "portal-page-times.md"), report);
    }

    private static String measure(HttpClient http, String url, String session, String name, String who) {
        long[] millis = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
            if (session != null) {
                request.header("Cookie", "OSAAVA_PORTAL=" + session);
            }
            long begin = System.nanoTime();
            HttpResponse<byte[]> response = send(http, request.build());
            long took = System.nanoTime() - begin;
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = took / 1_000_000;
            }
        }
        Arrays.sort(millis);
        return "| `" + name + "` | " + who + " | " + millis[MEASURED / 2] + " | " + millis[(int) Math.ceil(MEASURED * 0.95) - 1]
                + " | " + millis[MEASURED - 1] + " | " + MEASURED + " |";
    }

    private static HttpResponse<byte[]> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
