package fi.osaava.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoDataException;
import fi.osaava.localstack.demo.DemoIds;

/**
 * {@code run-local.sh}: starts the stack with the well-known ports, loads the demo data, prints where
 * everything is and waits for Ctrl-C.
 */
public final class LocalStackMain {

    private static final String USAGE = """
            Usage: run-local.sh [--no-build] [--reset] [--no-demo-data] [--infra-only] [--two-instances] [--data-dir=PATH] [--smtp-port=N] [--service-arg=ARG …]

              --no-build      (run-local.sh) do not run Maven first
              --reset         delete the data (MongoDB file, logs, demo ids, client secrets) before starting
              --no-demo-data  do not load the demo organisations, offerings and needs
              --infra-only    start only Kafka, MongoDB and GreenMail (no services, no demo data)
              --two-instances a second instance of each of the four services, each on a free port of its own
                              (printed), sharing the store, the broker and the consumer groups with the first
              --data-dir=PATH where MongoDB's file, the logs, demo-ids.json and credentials.json go
                              (default .osaava-data)
              --smtp-port=N   start no GreenMail: the services send to the SMTP server already listening on
                              127.0.0.1:N (no IMAP, no mail API; implies --no-demo-data, whose loader reads
                              passive members' confirmation mails from GreenMail)
              --service-arg=ARG appended to every service's command line (repeatable), e.g.
                              --service-arg=--osaava.digests.time=14:30 sends today's digests at 14:30

            The services demand OAuth2 tokens from membership-service (client credentials). The coordinator's
            client secret is generated at the first start of a data dir and kept, with every demo organisation's
            client and the demo people's passwords, in <data dir>/credentials.json; the banner prints the
            commands that get tokens (a person's: infra/local-stack/person-token.sh).

            The jars are taken from infra/local-stack/target/stack (or -Dosaava.stack.dir=...).
            """;
    private static final String LINE = "=".repeat(100);
    private static final String THIN = "-".repeat(100);

    private LocalStackMain() {
    }

    public static void main(String[] args) {
        // before anything logs: a console format for people rather than for test reports
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "fi/osaava/localstack/local-stack-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            out.print(USAGE);
            return;
        }

        StackSettings settings = StackSettings.defaults();
        if (options.dataDir != null) {
            settings = settings.withDataDir(options.dataDir);
        }
        if (options.infraOnly) {
            settings = settings.withoutServices();
        }
        if (options.twoInstances) {
            settings = settings.withInstances(2);
        }
        if (options.smtpPort != null) {
            settings = settings.withExternalSmtp(options.smtpPort);
        }
        if (!options.serviceArguments.isEmpty()) {
            settings = settings.withExtraServiceArguments(options.serviceArguments.toArray(String[]::new));
        }
        if (options.reset) {
            try {
                reset(settings, out);
            } catch (IllegalStateException e) {
                System.err.println("--reset: " + e.getMessage());
                System.exit(1);
                return;
            }
        }

        out.println("Starting the Osaava local stack (data in " + settings.dataDir() + ", jars from " + settings.stackDir() + ")…");
        LocalStack stack = new LocalStack(settings);
        try {
            stack.start();
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }

        DemoData demo = DemoData.fromClasspath();
        @Nullable DemoIds ids = null;
        @Nullable String demoFailure = null;
        if (settings.startServices() && !options.noDemoData && settings.startMailSink()) {
            try {
                ids = demo.loadIfEmpty(stack);
            } catch (DemoDataException | IllegalStateException e) {
                demoFailure = e.getMessage();
            }
        }

        if (!stack.isRunning()) {
            return; // Ctrl-C while the demo data was loading: the shutdown hook is stopping everything
        }
        printBanner(out, stack, demo, ids, demoFailure);
        watch(stack, out);
    }

    // ---- banner

    private static void printBanner(PrintStream out, LocalStack stack, DemoData demo, @Nullable DemoIds ids,
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
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
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
                        ? "the coordinator" : person.organisation());
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

    // ---- waiting

    /** Runs until the JVM shuts down (Ctrl-C); the stack's shutdown hook stops everything. */
    private static void watch(LocalStack stack, PrintStream out) {
        Set<Service> reported = EnumSet.noneOf(Service.class);
        while (true) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!stack.isRunning() || !stack.settings().startServices()) {
                continue;
            }
            for (Service service : Service.values()) {
                if (!reported.contains(service) && !stack.isServiceAlive(service) && stack.isRunning()) {
                    reported.add(service);
                    out.println("!!! " + service.artifactName() + " has exited; see " + stack.logFile(service));
                }
            }
        }
    }

    // ---- --reset

    /**
     * Deletes only what the stack writes (mongo.mv, logs/*.log, demo-ids.json, credentials.json), never
     * anything else in the directory.
     */
    static void reset(StackSettings settings, PrintStream out) {
        Path dir = settings.dataDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            Path mongo = settings.mongoFile();
            if (Files.exists(mongo)) {
                if (isLocked(mongo)) {
                    throw new IllegalStateException(mongo + " is in use: stop the running local stack first");
                }
                Files.delete(mongo);
            }
            Files.deleteIfExists(settings.demoIdsFile());
            Path credentials = settings.credentialsFile();
            Files.deleteIfExists(credentials);
            Files.deleteIfExists(credentials.resolveSibling(credentials.getFileName() + ".tmp"));
            Path logs = settings.logDir();
            if (Files.isDirectory(logs)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "*.log")) {
                    for (Path file : files) {
                        Files.delete(file);
                    }
                }
                deleteIfEmpty(logs);
            }
            deleteIfEmpty(dir);
            out.println("Reset: deleted the data in " + dir);
        } catch (IOException e) {
            throw new IllegalStateException("could not reset " + dir + ": " + e, e);
        }
    }

    private static boolean isLocked(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (!entries.iterator().hasNext()) {
                Files.delete(dir);
            }
        }
    }

    // ---- options

    static final class Options {
        boolean reset;
        boolean noDemoData;
        boolean infraOnly;
        boolean twoInstances;
        boolean help;
        @Nullable Path dataDir;
        @Nullable Integer smtpPort;
        final List<String> serviceArguments = new ArrayList<>();

        static Options parse(String[] args) {
            Options options = new Options();
            List<String> unknown = new ArrayList<>();
            for (String arg : args) {
                switch (arg) {
                    case "--reset" -> options.reset = true;
                    case "--no-demo-data" -> options.noDemoData = true;
                    case "--infra-only" -> options.infraOnly = true;
                    case "--two-instances" -> options.twoInstances = true;
                    case "--no-build" -> { } // consumed by run-local.sh; harmless here
                    case "-h", "--help" -> options.help = true;
                    default -> {
                        if (arg.startsWith("--data-dir=") && arg.length() > "--data-dir=".length()) {
                            options.dataDir = Path.of(arg.substring("--data-dir=".length()));
                        } else if (arg.startsWith("--smtp-port=")) {
                            options.smtpPort = port(arg.substring("--smtp-port=".length()), arg);
                        } else if (arg.startsWith("--service-arg=--") && arg.length() > "--service-arg=--".length()) {
                            options.serviceArguments.add(arg.substring("--service-arg=".length()));
                        } else {
                            unknown.add(arg);
                        }
                    }
                }
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): " + String.join(" ", unknown));
            }
            return options;
        }

        private static int port(String value, String arg) {
            try {
                int port = Integer.parseInt(value);
                if (port > 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException("not a port in " + arg);
        }
    }
}
