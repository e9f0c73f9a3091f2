package fi.osaava.localstack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoDataException;
import fi.osaava.localstack.demo.DemoIds;

/** What {@code run-local.sh} prints once the stack is up: where everything is, the tokens, the headline flow. */
final class StackBanner {

    private static final String LINE = "=".repeat(100);
    private static final String THIN = "-".repeat(100);

    private StackBanner() {
    }

    static void print(PrintStream out, LocalStack stack, DemoData demo, @Nullable DemoIds ids,
                                    @Nullable String demoFailure) {
        StackSettings settings = stack.settings();
        out.println();
        out.println(LINE);
        out.println(" Osaava local stack is up — started in " + StartupWatch.seconds(stack.startupTime()) + " s");
        out.println(LINE);
        if (settings.startServices()) {
            printPortal(out, stack);
            for (Service service : Service.values()) {
                if (!service.hasApi()) {
                    continue;
                }
                String base = stack.serviceUrl(service).toString();
                out.printf(" %-22s %s%n", service.artifactName(), base);
                out.printf("   %-20s %s%n", "Swagger UI", base + "/swagger-ui/index.html");
                out.printf("   %-20s %s%n", "OpenAPI", base + "/v3/api-docs");
                out.printf("   %-20s %s%n", "Health", base + "/actuator/health");
                out.printf("   %-20s %s%n", "Prometheus", base + "/actuator/prometheus");
                out.printf("   %-20s %s%n", "Log", stack.logFile(service));
                if (stack.instances() == 2) {
                    out.printf("   %-20s %s   (log %s)%n", "Second instance", stack.serviceUrls(service).get(1),
                            stack.logFile(service, 2));
                }
            }
            out.println(THIN);
        }
        out.printf(" %-22s %s%n", "Kafka bootstrap", stack.kafkaBootstrapServers());
        out.printf(" %-22s %s   (databases %s)%n", "MongoDB", stack.mongoUri(),
                String.join(", ", EnumSet.allOf(Service.class).stream().map(Service::database).toList()));
        if (settings.startMailSink()) {
            out.printf(" %-22s %s:%d   IMAP %s:%d   (no authentication)%n", "SMTP", "127.0.0.1", stack.smtpPort(),
                    "127.0.0.1", stack.imapPort());
            out.printf(" %-22s %s   (mails: GET %s)%n", "Mail API", stack.mailApiUrl(),
                    stack.mailMessagesUrl("<recipient e-mail>").getPath());
        } else {
            out.printf(" %-22s %s:%d   (an external sink, given with --smtp-port; no GreenMail, no demo data)%n", "SMTP",
                    "127.0.0.1", stack.smtpPort());
        }
        out.printf(" %-22s %s%n", "Data dir", settings.dataDir());
        if (!settings.startServices()) {
            out.println(" (started with --infra-only: no services)");
        }

        if (settings.startServices()) {
            out.println(THIN);
            printTokens(out, credentialsForBanner(stack, ids), demo, settings.credentialsFile());
        }

        if (demoFailure != null) {
            out.println(THIN);
            out.println(" !!! DEMO DATA NOT LOADED — the services answered unexpectedly:");
            demoFailure.lines().forEach(line -> out.println(" !!! " + line));
            out.println(" !!! The stack keeps running; fix the service and start over with ./run-local.sh --reset");
        } else if (ids != null) {
            out.println(THIN);
            out.printf(" %-22s %s%n", "Demo data", ids.loadedNow()
                    ? "loaded now: " + ids.organisations().size() + " organisations, " + ids.offerings().size()
                            + " offerings, " + ids.needs().size() + " needs (ids in " + settings.demoIdsFile() + ")"
                    : "already there (" + ids.organisations().size() + " organisations); not loaded again");
            printCatalogueSearches(out, stack.serviceUrl(Service.CATALOGUE), ids);
            printHeadline(out, stack, demo, ids);
        }
        out.println(LINE);
        out.println(" Press Ctrl-C to stop everything.");
        out.println();
    }

    /** Anonymous searches of the tray: offerings, thesis topics and networks (contacts only with a token). */
    static void printCatalogueSearches(PrintStream out, URI catalogue, DemoIds ids) {
        out.printf(" %-22s %d thesis topics, %d networks, %d pre-registrations on funded offerings%n", "Catalogue extras",
                ids.thesisTopics().size(), ids.networks().size(), ids.preRegistrations().size());
        out.println(" Search the tray (anyone; contact persons only with a token):");
        out.println("   curl -s '" + catalogue.resolve("/api/offerings/search?q=" + encode("lääkehoidon")) + "'");
        out.println("   curl -s '" + catalogue.resolve("/api/thesis-topics?q=" + encode("lääkepoikkeamien")) + "'");
        out.println("   curl -s '" + catalogue.resolve("/api/networks?kind=EXPERT&q=" + encode("lääkehoidon")) + "'");
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void printHeadline(PrintStream out, LocalStack stack, DemoData demo, DemoIds ids) {
        String curl;
        try {
            curl = demo.headlineNeedCurl(ids, stack.serviceUrl(Service.NEEDS), stack.settings().credentialsFile());
        } catch (DemoDataException e) {
            out.println(" (no headline command: " + e.getMessage() + ")");
            return;
        }
        out.println();
        out.println(" Publish a new competence need (Pohjois-Savon hyvinvointialue, region 11, medication safety):");
        out.println();
        out.println(curl);
        out.println();
        out.println(" It alerts these organisations by e-mail, within seconds (subject \"" + demo.headlineAlertSubject() + "\"):");
        for (Map.Entry<String, String> alerted : demo.headlineAlerted().entrySet()) {
            out.printf("   %-42s curl -sS '%s'%n", alerted.getKey(), stack.mailMessagesUrl(alerted.getValue()));
        }
        Map.Entry<String, String> reporter = demo.headlineReporterAlerted();
        out.println(" and its reporter a moment later (subject \"" + demo.headlineCoveredSubject() + "\"),");
        out.println(" because " + demo.headlineCoveringProvider() + "'s demo offering \"" + demo.headlineCoveredBy()
                + "\" already covers the need:");
        out.printf("   %-42s curl -sS '%s'%n", reporter.getKey(), stack.mailMessagesUrl(reporter.getValue()));
        out.println(" but none of these (other region, area or role; GreenMail answers 400 \"User ... not found\" for a mailbox without mail):");
        for (Map.Entry<String, String> notAlerted : demo.headlineNotAlerted().entrySet()) {
            out.printf("   %-42s curl -sS '%s'%n", notAlerted.getKey(), stack.mailMessagesUrl(notAlerted.getValue()));
        }
        out.println();
        out.println(" Just the subjects:  curl -sS '" + stack.mailMessagesUrl(demo.headlineAlerted().values().iterator().next())
                + "' | grep -o '\"subject\":\"[^\"]*\"'");
        out.println(" Delivery log:       curl -sS -H \"Authorization: Bearer $COORDINATOR_TOKEN\" '"
                + stack.serviceUrl(Service.NOTIFICATION) + "/api/deliveries'   (COORDINATOR_TOKEN: see Tokens above)");
        out.println(" All mailboxes:      curl -sS '" + stack.mailApiUrl() + "/api/user'");
        out.println();
        out.println(" Subscribe to alerts (e-mail at once or as a DAILY/WEEKLY digest, a signed WEBHOOK, or KAFKA on");
        out.println(" notification.alerts.v1); webhooks to http://localhost are allowed here (local development only):");
        out.println("   curl -sS -X POST '" + stack.serviceUrl(Service.NOTIFICATION) + "/api/subscriptions' -H \"Authorization: Bearer $TOKEN\" \\");
        out.println("     -H 'Content-Type: application/json' -d '{\"topics\":[\"OFFERING_PUBLISHED\"],\"competenceAreas\":[\"medication-safety\"],"
                + "\"channel\":\"WEBHOOK\",\"address\":\"http://localhost:9911/osaava\"}'");
        out.println("   (the answer's \"secret\" verifies the webhook-signature header: notification-service/WEBHOOKS.md)");
    }

    /** The demo loader's credentials, else credentials.json as it is, else just the coordinator's. */
    private static StackCredentials credentialsForBanner(LocalStack stack, @Nullable DemoIds ids) {
        if (ids != null) {
            return ids.credentials();
        }
        URI tokenEndpoint = Tokens.tokenEndpoint(stack.serviceUrl(Service.MEMBERSHIP));
        try {
            Optional<StackCredentials> stored = StackCredentials.read(stack.settings().credentialsFile());
            if (stored.isPresent()) {
                return stored.get().withTokenEndpoint(tokenEndpoint);
            }
        } catch (UncheckedIOException e) {
            // the stack read it at start; if it has been broken since, the coordinator's is still known
        }
        return new StackCredentials(tokenEndpoint, stack.coordinatorCredentials(), Map.of());
    }

    /** The "Tokens" section: one-line commands that get a token as the coordinator and as two demo organisations. */
    static void printTokens(PrintStream out, StackCredentials credentials, DemoData demo, Path credentialsFile) {
        out.println(" Tokens (OAuth2 client credentials; a token lives 15 min, get a new one when an API answers 401).");
        out.println(" Send it as  -H \"Authorization: Bearer $TOKEN\".");
        out.println();
        out.println("   As the coordinator (registers organisations and their clients, reads recipients and deliveries):");
        out.println("     " + DemoData.coordinatorTokenCommand(credentials, "COORDINATOR_TOKEN", credentialsFile));
        String reporter = demo.headlineReporter();
        String provider = demo.headlineAlertedProvider();
        boolean any = false;
        for (String[] shown : new String[][] {
                {reporter, "TOKEN", "reports competence needs"},
                {provider, "PROVIDER_TOKEN", "education provider, publishes offerings"}}) {
            Optional<ClientCredentials> client = credentials.organisation(shown[0]);
            if (client.isPresent()) {
                any = true;
                out.println("   As " + shown[0] + " (" + shown[2] + "):");
                out.println("     " + Tokens.shellCommand(shown[1], credentialsFile, shown[0]));
            }
        }
        if (any) {
            out.println("   As any other demo organisation: the same command with its name (the names are under \"organisations\" in");
        } else {
            out.println("   The demo organisations' clients (none yet) go under \"organisations\" in");
        }
        out.println("     " + credentialsFile + ", readable only by you: the commands read the secrets from it; never commit or share it)");
        printPeople(out, credentials, credentialsFile);
    }

    /** The portal first: what people open in a browser, and whom to sign in as. */
    private static void printPortal(PrintStream out, LocalStack stack) {
        out.printf(" %-22s %s%n", "Portal (browser)", stack.portalUrl());
        Path credentialsFile = stack.settings().credentialsFile();
        StackCredentials.read(credentialsFile).ifPresent(credentials -> {
            if (credentials.people().isEmpty()) {
                return;
            }
            out.println("   Sign in as a demo person (Kirjaudu), e.g.:");
            for (PersonCredentials person : credentials.people()) {
                out.printf("     %-46s %s%n", person.username(), person.organisation().equals("coordinator")
                        ? "the coordinator: the desk at " + stack.portalUrl().resolve("/desk") : person.organisation());
            }
            out.println("   a password: jq -r '.people[] | select(.username==\"<username>\").password' " + credentialsFile);
        });
        out.printf("   %-20s %s%n", "Log", stack.logFile(Service.PORTAL));
        out.println(THIN);
    }

    /** Per demo person, the command that logs them in (authorization code + PKCE, from the repository root). */
    private static void printPeople(PrintStream out, StackCredentials credentials, Path credentialsFile) {
        if (credentials.people().isEmpty() || credentials.tokenEndpoint().isEmpty()) {
            return;
        }
        URI membership = credentials.tokenEndpoint().get().resolve("/");
        out.println();
        out.println(" People (they log in at " + membership + "login; their token's org and roles are the person's):");
        for (PersonCredentials person : credentials.people()) {
            out.println("   " + person.username() + " (" + person.organisation() + ", " + String.join(", ", person.roles()) + "):");
            out.println("     " + PersonLogin.shellCommand("PERSON_TOKEN", membership, credentialsFile, person));
        }
        out.println("   (the script reads the password from the credentials file; without --credentials it asks for it)");
    }
}
