package fi.osaava.load;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.Service;
import fi.osaava.localstack.StackSettings;
import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code infra/load/desk.sh}: the coordinator's desk pages' server time on the demo data plus 5,000 generated needs.
 * A fresh local stack in a temporary data dir (with its own GreenMail, as {@code run-local.sh}), the demo data, the demo headline need, then {@value #GENERATED} needs published over the needs API by the demo
 * organisations' system clients (both demo ecosystems' regions, the demo data's competence areas, every horizon and
 * target group). The coordinator signs in to the portal as a browser would; every page is asked once in each of
 * {@value #WARM_UP} warm-up rounds, then each page {@value #WARM_UP} times more to warm up, then {@value #MEASURED} times, one request at a time; the time is from sending the request to
 * the page's last byte. One table of p50 / p95 / max per page, printed and written to
 * {@code infra/load/target/desk-page-times.md}. The target is p95 ≤ 300 ms per page. Localhost only.
 */
public final class DeskMain {

    static final int GENERATED = 5_000;
    static final int WARM_UP = 10;
    static final int MEASURED = 50;
    static final String COORDINATOR = "koordinaattori@demo.osaava.fi";
    /** The demo data's competence areas: every one a valid code of the reference data. */
    static final List<String> AREAS = List.of("change-management", "child-protection", "client-information-systems",
            "client-participation", "client-patient-safety", "documentation", "emergency-care", "ethics-legislation",
            "experts-by-experience", "gerontological-care", "home-care", "infection-prevention", "kanta-services",
            "knowledge-based-management", "leadership-change-management", "medication-safety", "memory-disorders",
            "mental-health-substance-abuse", "multiprofessional-work", "palliative-care", "psychosocial-support",
            "rehabilitation", "rehabilitative-approach", "service-design", "structured-documentation",
            "substance-abuse-work", "violence-prevention", "wellbeing-at-work");
    static final List<String> HORIZONS = List.of("NOW", "WITHIN_A_YEAR", "ONE_TO_THREE_YEARS", "THREE_TO_FIVE_YEARS");
    /** The reporters of the generated needs: demo organisations of both ecosystems that report needs. */
    static final List<String> REPORTERS = List.of("Pohjois-Savon hyvinvointialue", "Kotihoito Kallavesi Oy (demo)",
            "Hoivapalvelu Puijo Oy (demo)", "Perhekoti Väinölänniemi Oy (demo)", "Pirkanmaan hyvinvointialue",
            "Hoivakoti Näsinranta Oy (demo)");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeskMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "fi/osaava/localstack/local-stack-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int generated = GENERATED;
        for (String arg : args) {
            if (arg.startsWith("--needs=")) {
                generated = Integer.parseInt(arg.substring("--needs=".length()));
            } else if (!arg.equals("--no-build")) {
                System.err.println("usage: infra/load/desk.sh [--needs=N] [--no-build]");
                System.exit(2);
            }
        }
        Path target = Path.of("infra", "load", "target");
        Files.createDirectories(target);
        long began = System.nanoTime();
        java.util.function.Consumer<String> progress = line -> out.printf(Locale.ROOT, "[%5.0f s] %s%n",
                (System.nanoTime() - began) / 1e9, line);
        Path dataDir = Files.createTempDirectory("osaava-desk-");
        String markdown;
        try {
            // the stack's own GreenMail: the demo data's passive members confirm through its mails
            StackSettings settings = StackSettings.withRandomPorts(dataDir)
                    .withExtraServiceArguments(LoadMain.NO_WRITE_LIMIT)
                    .withServiceStartTimeout(LoadMain.STACK_START_TIMEOUT);
            try (LocalStack stack = new LocalStack(settings)) {
                stack.start();
                progress.accept("stack up in " + stack.startupTime().toSeconds() + " s; loading the demo data");
                DemoData demo = DemoData.fromClasspath();
                DemoIds ids = demo.loadIfEmpty(stack);
                String headline = publish(stack, ids.clientCredentials(demo.headlineReporter()).orElseThrow(),
                        demo.headlineNeedRequest(ids));
                progress.accept("demo data loaded, the headline need " + headline + " published; generating "
                        + generated + " needs");
                long generating = System.nanoTime();
                generate(stack, ids, generated);
                progress.accept(generated + " needs published in "
                        + Duration.ofNanos(System.nanoTime() - generating).toSeconds() + " s; waiting for their alerts to go out");
                long draining = System.nanoTime();
                JsonNode counts = drained(stack, Duration.ofMinutes(10));
                progress.accept("alerts out in " + Duration.ofNanos(System.nanoTime() - draining).toSeconds() + " s ("
                        + counts + "); signing in as " + COORDINATOR);
                PersonCredentials coordinator = ids.credentials().person(COORDINATOR).orElseThrow();
                String session = PortalSession.signIn(stack.portalUrl(), coordinator.username(), coordinator.password());
                markdown = measure(stack.portalUrl(), session, pages(headline), generated, progress)
                        + apiTimes(stack, progress) + reach(stack, headline);
            }
        } finally {
            LoadMain.deleteQuietly(dataDir);
        }
        Files.writeString(target.resolve("desk-page-times.md"), markdown, StandardCharsets.UTF_8);
        out.println();
        out.println(markdown);
        out.println("(also in " + target.resolve("desk-page-times.md") + ")");
        System.exit(markdown.contains("| status ") ? 1 : 0);
    }

    /**
     * Waits until notification-service has no delivery waiting (its delivery counts), so that the pages are measured
     * on a system at rest rather than beside the generated needs' alerts going out; the last counts.
     */
    static JsonNode drained(LocalStack stack, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        JsonNode counts = MAPPER.createObjectNode();
        int quiet = 0;
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                                stack.serviceUrl(Service.NOTIFICATION).resolve("/api/deliveries/counts"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + stack.coordinatorToken())
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                counts = MAPPER.readTree(answer.body());
            } catch (IOException e) {
                throw new LoadException("GET /api/deliveries/counts failed: " + e, e);
            }
            // the events may still be on their way to the matcher: three quiet looks in a row
            quiet = counts.path("waiting").asLong(-1) == 0 ? quiet + 1 : 0;
            if (quiet == 3) {
                return counts;
            }
            Thread.sleep(2_000);
        }
        throw new LoadException("deliveries still waiting after " + atMost.toMinutes() + " min: " + counts);
    }

    /** The desk's pages, by name, with the address measured. */
    static Map<String, String> pages(String headlineNeed) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/desk", "/desk");
        pages.put("/desk/gaps", "/desk/gaps");
        pages.put("/desk/gaps?region=11&horizon=…", "/desk/gaps?region=11&horizon=WITHIN_A_YEAR");
        pages.put("/desk/gaps/print", "/desk/gaps/print");
        pages.put("/desk/gaps/{needId}", "/desk/gaps/" + headlineNeed);
        pages.put("/desk/foresight", "/desk/foresight");
        pages.put("/desk/clock", "/desk/clock");
        pages.put("/desk/meetings", "/desk/meetings");
        pages.put("/desk/members", "/desk/members");
        pages.put("/desk/members/applications", "/desk/members/applications");
        pages.put("/desk/evaluation", "/desk/evaluation");
        pages.put("/desk/reach", "/desk/reach");
        pages.put("/desk/reach/{needId}", "/desk/reach/" + headlineNeed);
        return pages;
    }

    private static String publish(LocalStack stack, ClientCredentials reporter, JsonNode body) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                            stack.serviceUrl(Service.NEEDS).resolve("/api/needs?publish=true"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + stack.tokenFor(reporter))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 201) {
                throw new LoadException("POST /api/needs answered " + answer.statusCode() + ": " + answer.body());
            }
            return MAPPER.readTree(answer.body()).path("id").asString();
        } catch (IOException e) {
            throw new LoadException("POST /api/needs failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code count} needs over 8 connections, each by one of the reporters, in its own ecosystem's region. */
    static void generate(LocalStack stack, DemoIds ids, int count) throws InterruptedException {
        List<ClientCredentials> reporters = REPORTERS.stream()
                .map(name -> ids.clientCredentials(name).orElseThrow(() -> new LoadException("no demo client of " + name)))
                .toList();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        Random random = new Random(n);
                        int reporter = n % reporters.size();
                        ObjectNode body = MAPPER.createObjectNode()
                                .put("region", reporter < 4 ? "11" : "06")
                                .put("targetGroup", random.nextInt(4) == 0 ? "SUPERVISORS" : "STAFF")
                                .put("title", "Generoitu osaamistarve " + n)
                                .put("description", "Työpöydän suorituskykymittauksen tuottama tarve " + n + ".")
                                .put("estimatedLearners", 5 + random.nextInt(196))
                                .put("horizon", HORIZONS.get(random.nextInt(HORIZONS.size())));
                        body.putArray("competenceAreas").add(AREAS.get(random.nextInt(AREAS.size())));
                        publish(stack, reporters.get(reporter), body);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new LoadException("generating needs failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String measure(URI portal, String session, Map<String, String> pages, int generated,
                          java.util.function.Consumer<String> progress) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        // A server that has been up a while has run every page: one round over all pages first, so the first page
        // measured does not pay for the JIT compiling the code all pages share.
        for (int round = 0; round < WARM_UP; round++) {
            pages.values().forEach(path -> warm(http, portal.resolve(path), session));
        }
        List<String> rows = new ArrayList<>();
        rows.add("| page | p50 ms | p95 ms | max ms | n | bytes |");
        rows.add("|---|---|---|---|---|---|");
        pages.forEach((name, path) -> {
            rows.add(row(http, portal.resolve(path), session, name));
            progress.accept(rows.get(rows.size() - 1));
        });
        return "# The coordinator's desk: page server times\n\n" + Instant.now() + ", command `infra/load/desk.sh`; "
                + Runtime.getRuntime().availableProcessors() + " cores, everything on this machine. Demo data plus "
                + generated + " generated needs; the coordinator signed in; " + WARM_UP + " warm-up rounds over all pages, "
                + WARM_UP + " more warm-up requests per page, then "
                + MEASURED + " measured per page, one at a time. Target: p95 ≤ 300 ms.\n\n" + String.join("\n", rows) + "\n";
    }

    /** The services' calls the desk's pages make, each asked directly with the coordinator's token: where the time goes. */
    static String apiTimes(LocalStack stack, java.util.function.Consumer<String> progress) {
        Map<String, URI> calls = new LinkedHashMap<>();
        URI needs = stack.serviceUrl(Service.NEEDS);
        calls.put("needs `/api/needs/gaps`", needs.resolve("/api/needs/gaps"));
        calls.put("needs `/api/needs?status=PUBLISHED,ANSWERED,COVERED&size=100`",
                needs.resolve("/api/needs?status=PUBLISHED,ANSWERED,COVERED&size=100"));
        calls.put("needs `/api/foresight/priorities`", needs.resolve("/api/foresight/priorities"));
        calls.put("needs `/api/foresight/demand`", needs.resolve("/api/foresight/demand"));
        calls.put("needs `/api/foresight/trend`", needs.resolve("/api/foresight/trend"));
        calls.put("needs `/api/needs/gaps?limit=0` (the overview's totals)", needs.resolve("/api/needs/gaps?limit=0"));
        calls.put("needs `/api/needs?status=PUBLISHED,ANSWERED,COVERED,CLOSED&size=200` (the overview's new needs)",
                needs.resolve("/api/needs?status=PUBLISHED,ANSWERED,COVERED,CLOSED&size=200"));
        calls.put("notification `/api/deliveries/counts`",
                stack.serviceUrl(Service.NOTIFICATION).resolve("/api/deliveries/counts"));
        calls.put("membership `/api/ecosystems`", stack.serviceUrl(Service.MEMBERSHIP).resolve("/api/ecosystems"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> rows = new ArrayList<>();
        rows.add("| service call (coordinator's token) | p50 ms | p95 ms | max ms | n | bytes |");
        rows.add("|---|---|---|---|---|---|");
        calls.forEach((name, url) -> {
            rows.add(row(http, url, "Authorization", "Bearer " + stack.coordinatorToken(), name));
            progress.accept(rows.get(rows.size() - 1));
        });
        return "\n" + String.join("\n", rows) + "\n";
    }

    /** notification-service's reach of the headline need, as the coordinator reads it: one row per recipient. */
    static String reach(LocalStack stack, String needId) {
        JsonNode answer;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            stack.serviceUrl(Service.NOTIFICATION).resolve("/api/reach?needId=" + needId))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + stack.coordinatorToken()).GET()
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return "\nThe reach of the headline need: status " + response.statusCode() + "\n";
            }
            answer = MAPPER.readTree(response.body());
        } catch (IOException e) {
            return "\nThe reach of the headline need: " + e + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
        List<String> rows = new ArrayList<>();
        rows.add("\nThe reach of the headline need (`GET /api/reach?needId=" + needId + "`, counts " + answer.path("counts")
                + "):\n");
        rows.add("| recipient | kind | outcome | reason | channel | delivery |");
        rows.add("|---|---|---|---|---|---|");
        for (JsonNode recipient : answer.path("recipients")) {
            rows.add("| " + recipient.path("name").asString() + " | " + recipient.path("kind").asString("") + " | "
                    + recipient.path("outcome").asString() + " | " + recipient.path("reason").asString("") + " | "
                    + recipient.path("channel").asString("") + " | " + recipient.path("status").asString("") + " |");
        }
        return String.join("\n", rows) + "\n";
    }

    private static HttpRequest request(URI url, String header, String value) {
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header(header, value).GET().build();
    }

    private static void warm(HttpClient http, URI url, String session) {
        try {
            http.send(request(url, "Cookie", PortalSession.COOKIE + "=" + session), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the measured requests report it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
    }

    private static String row(HttpClient http, URI url, String session, String name) {
        return row(http, url, "Cookie", PortalSession.COOKIE + "=" + session, name);
    }

    private static String row(HttpClient http, URI url, String header, String value, String name) {
        long[] millis = new long[MEASURED];
        int bytes = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            HttpRequest request = request(url, header, value);
            long begin = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return "| `" + name + "` | status failed: " + e + " | | | | |";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("interrupted", e);
            }
            long took = System.nanoTime() - begin;
            if (response.statusCode() != 200) {
                return "| `" + name + "` | status " + response.statusCode() + " | | | | |";
            }
            bytes = response.body().length;
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = took / 1_000_000;
            }
        }
        Arrays.sort(millis);
        return "| `" + name + "` | " + millis[MEASURED / 2] + " | " + millis[(int) Math.ceil(MEASURED * 0.95) - 1] + " | "
                + millis[MEASURED - 1] + " | " + MEASURED + " | " + bytes + " |";
    }
}
