package fi.osaava.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The whole system on one machine without Docker: an embedded KRaft Kafka broker and a MongoDB-wire
 * server (H2 file backend, so data survives restarts) inside this JVM, GreenMail as an SMTP sink with
 * its HTTP API (or, with {@link Settings#withExternalSmtp}, a sink someone else runs), and the four services
 * as child JVMs with the normal JIT.
 *
 * <pre>{@code
 * try (LocalStack stack = new LocalStack(LocalStack.Settings.withRandomPorts(tempDir)).start()) {
 *     URI needs = stack.serviceUrl(Service.NEEDS);
 *     ...
 * }
 * }</pre>
 *
 * The services are OAuth2 resource servers; membership-service is also the authorization server. Its
 * bootstrap coordinator client gets a secret generated at the first start of a data dir and kept in
 * {@code <dataDir>/credentials.json} ({@link StackCredentials}); {@link #coordinatorCredentials()} and
 * {@link #coordinatorToken()} hand it out, {@link Tokens} gets tokens for any client. So does the portal's
 * client ({@link #portalCredentials()}), for the portal to sign people in with.
 *
 * {@link #start()} either returns with everything healthy or stops what it started and throws a
 * {@link LocalStackException} that includes the tail of the failing process's log. {@link #stop()}
 * (also {@link #close()} and a JVM shutdown hook) stops the services, GreenMail, Kafka and MongoDB,
 * in that order.
 */
public final class LocalStack implements AutoCloseable {

    /** System property that overrides the default directory holding the jars. */
    public static final String STACK_DIR_PROPERTY = "osaava.stack.dir";

    static final String GREENMAIL_JAR = "greenmail-standalone.jar";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration GREENMAIL_START_TIMEOUT = Duration.ofSeconds(60);
    private static final int PICKED_PORTS_FROM = 20000;
    private static final int PICKED_PORTS_TO = 32000;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final int LOG_TAIL_LINES = 40;

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /**
     * What to start where. A port of {@code 0} means "pick a free one at start"; read the real one
     * from the {@link LocalStack} accessors.
     *
     * @param dataDir              MongoDB's file ({@code mongo.mv}), the logs ({@code logs/}), {@code demo-ids.json}
     *                             and the client secrets ({@code credentials.json})
     * @param stackDir             the directory holding {@code <service>.jar} and {@code greenmail-standalone.jar}
     * @param servicePorts         an HTTP port for every {@link Service}
     * @param startServices        false starts only Kafka, MongoDB and GreenMail
     * @param serviceStartTimeout  how long each service may take to answer 200 on {@code /actuator/health}
     * @param extraServiceArguments appended to every service's command line, e.g. {@code --logging.level.fi.osaava=DEBUG}
     * @param startMailSink        false starts no GreenMail: the services send to an SMTP sink someone else already
     *                             runs on {@code 127.0.0.1:smtpPort} (e.g. a load harness that times each mail), and
     *                             the stack has no IMAP port and no mail API
     * @param instances            1, or 2: a second instance of each of the four services on a port of its own
     */
    public record Settings(
            Path dataDir,
            Path stackDir,
            int kafkaPort,
            int mongoPort,
            int smtpPort,
            int imapPort,
            int mailApiPort,
            Map<Service, Integer> servicePorts,
            boolean startServices,
            Duration serviceStartTimeout,
            List<String> extraServiceArguments,
            boolean startMailSink,
            int instances) {

        public static final Path DEFAULT_DATA_DIR = Path.of(".osaava-data");
        public static final Path DEFAULT_STACK_DIR = Path.of("infra", "local-stack", "target", "stack");

        public Settings {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(stackDir, "stackDir");
            Objects.requireNonNull(serviceStartTimeout, "serviceStartTimeout");
            dataDir = dataDir.toAbsolutePath().normalize();
            stackDir = stackDir.toAbsolutePath().normalize();
            for (int port : new int[] {kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort}) {
                checkPort(port);
            }
            EnumMap<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                Integer port = servicePorts.get(service);
                if (port == null) {
                    throw new IllegalArgumentException("no port for " + service.artifactName());
                }
                ports.put(service, checkPort(port));
            }
            servicePorts = Collections.unmodifiableMap(ports);
            if (serviceStartTimeout.isNegative() || serviceStartTimeout.isZero()) {
                throw new IllegalArgumentException("serviceStartTimeout must be positive");
            }
            extraServiceArguments = List.copyOf(extraServiceArguments);
            if (!startMailSink && smtpPort == 0) {
                throw new IllegalArgumentException("an external SMTP sink needs its port: smtpPort must not be 0");
            }
            if (instances < 1 || instances > 2) {
                throw new IllegalArgumentException("instances must be 1 or 2, not " + instances);
            }
        }

        /** The settings as they were before {@code startMailSink}: GreenMail is started. */
        public Settings(Path dataDir, Path stackDir, int kafkaPort, int mongoPort, int smtpPort, int imapPort,
                        int mailApiPort, Map<Service, Integer> servicePorts, boolean startServices,
                        Duration serviceStartTimeout, List<String> extraServiceArguments) {
            this(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts, startServices,
                    serviceStartTimeout, extraServiceArguments, true, 1);
        }

        /**
         * The well-known ports (Kafka 9092, MongoDB 27017, SMTP 3025, IMAP 3143, mail API 8025,
         * services 8081–8084), data in {@code .osaava-data} and jars in {@code infra/local-stack/target/stack}
         * (both relative to the current directory; the jar directory can be set with {@value #STACK_DIR_PROPERTY}).
         */
        public static Settings defaults() {
            EnumMap<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, service.defaultPort());
            }
            // 180 s: four services booting at once with the full JIT on two cores
            return new Settings(DEFAULT_DATA_DIR, defaultStackDir(), 9092, 27017, 3025, 3143, 8025, ports,
                    true, Duration.ofSeconds(180), List.of());
        }

        /** Like {@link #defaults()} but every port is picked free at start, and data goes to {@code dataDir}: for tests. */
        public static Settings withRandomPorts(Path dataDir) {
            EnumMap<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, 0);
            }
            Settings defaults = defaults();
            return new Settings(dataDir, defaults.stackDir(), 0, 0, 0, 0, 0, ports,
                    true, defaults.serviceStartTimeout(), List.of());
        }

        public Settings withDataDir(Path dir) {
            return new Settings(dir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                    startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
        }

        public Settings withStackDir(Path dir) {
            return new Settings(dataDir, dir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                    startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
        }

        /** Only the infrastructure: Kafka, MongoDB and GreenMail. */
        public Settings withoutServices() {
            return new Settings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                    false, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
        }

        public Settings withServiceStartTimeout(Duration timeout) {
            return new Settings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                    startServices, timeout, extraServiceArguments, startMailSink, instances);
        }

        public Settings withExtraServiceArguments(String... arguments) {
            return new Settings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                    startServices, serviceStartTimeout, List.of(arguments), startMailSink, instances);
        }

        public Settings withServicePort(Service service, int port) {
            EnumMap<Service, Integer> ports = new EnumMap<>(servicePorts);
            ports.put(service, port);
            return new Settings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, ports,
                    startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
        }

        public Settings withInfrastructurePorts(int kafka, int mongo, int smtp, int imap, int mailApi) {
            return new Settings(dataDir, stackDir, kafka, mongo, smtp, imap, mailApi, servicePorts,
                    startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
        }

        /**
         * Starts no GreenMail: the services send their mail to the SMTP server already listening on
         * {@code 127.0.0.1:port}, which must be there when {@link LocalStack#start()} is called.
         */
        public Settings withExternalSmtp(int port) {
            if (port == 0) {
                throw new IllegalArgumentException("an external SMTP sink needs its port");
            }
            return new Settings(dataDir, stackDir, kafkaPort, mongoPort, port, imapPort, mailApiPort, servicePorts,
                    startServices, serviceStartTimeout, extraServiceArguments, false, instances);
        }

        /**
         * Runs {@code count} (1 or 2) instances of each of the four services: the second of each on a port of its
         * own, with the same store, broker and settings, in the same consumer groups; the portal talks to the first.
         */
        public Settings withInstances(int count) {
            return new Settings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                    startServices, serviceStartTimeout, extraServiceArguments, startMailSink, count);
        }

        public Path jar(Service service) {
            return stackDir.resolve(service.artifactName() + ".jar");
        }

        public Path greenMailJar() {
            return stackDir.resolve(GREENMAIL_JAR);
        }

        public Path logDir() {
            return dataDir.resolve("logs");
        }

        public Path mongoFile() {
            return dataDir.resolve("mongo.mv");
        }

        public Path demoIdsFile() {
            return dataDir.resolve("demo-ids.json");
        }

        /** The OAuth2 client secrets: the coordinator's and the demo organisations' ({@link StackCredentials}). */
        public Path credentialsFile() {
            return dataDir.resolve(StackCredentials.FILE_NAME);
        }

        private static Path defaultStackDir() {
            String configured = System.getProperty(STACK_DIR_PROPERTY);
            return configured == null || configured.isBlank() ? DEFAULT_STACK_DIR : Path.of(configured);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            return port;
        }
    }

    private enum State { NEW, STARTING, RUNNING, STOPPED }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Object lock = new Object();
    private final Thread shutdownHook = new Thread(this::stop, "osaava-local-stack-shutdown");

    private volatile State state = State.NEW;
    private volatile boolean stopRequested;

    // resolved at start
    private int kafkaPort;
    private int kafkaControllerPort;
    private int mongoPort;
    private int smtpPort;
    private int imapPort;
    private int mailApiPort;
    private final EnumMap<Service, Integer> servicePorts = new EnumMap<>(Service.class);
    private final EnumMap<Service, Integer> secondPorts = new EnumMap<>(Service.class);
    private @Nullable Duration startupTime;

    // what is running; guarded by lock
    private @Nullable KafkaBroker kafka;
    private @Nullable MongoServer mongo;
    private @Nullable H2Backend mongoBackend;
    private @Nullable ChildProcess greenMail;
    private @Nullable Tokens tokens;
    private final Map<Instance, ChildProcess> services = new LinkedHashMap<>();
    private volatile @Nullable StackCredentials credentials;

    /** One running copy of a service: number 1 on the service's port, number 2 (if any) on a port of its own. */
    record Instance(Service service, int number) {

        /** e.g. {@code needs-service}, {@code needs-service-2}: its process's and its log's name. */
        String name() {
            return number == 1 ? service.artifactName() : service.artifactName() + "-" + number;
        }
    }

    public LocalStack(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Starts everything and returns once it all answers; on failure stops what it started and throws. */
    public LocalStack start() {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("a LocalStack can be started once; it is " + state);
            }
            state = State.STARTING;
        }
        long started = System.nanoTime();
        try {
            checkJarsExist();
            QuietLogging.forInProcessInfrastructure();
            Files.createDirectories(settings.logDir());
            resolvePorts();
            if (settings.startServices()) {
                credentials = readOrCreateCredentials();
            }
            Runtime.getRuntime().addShutdownHook(shutdownHook);

            if (settings.startMailSink()) {
                startGreenMail(); // a child JVM: let it boot while Kafka starts here
            } else {
                checkExternalSmtpListens();
            }
            startMongo();
            startKafka();
            if (settings.startMailSink()) {
                awaitGreenMailRetryingOnPortClash();
            }
            if (settings.startServices()) {
                startServices();
                awaitServicesHealthy();
            }
            startupTime = Duration.ofNanos(System.nanoTime() - started);
            synchronized (lock) {
                checkNotStopped();
                state = State.RUNNING;
            }
            log.info("Local stack up in {} s", seconds(startupTime));
            return this;
        } catch (Throwable e) {
            boolean stoppedMeanwhile = stopRequested;
            stop();
            if (e instanceof LocalStackException || e instanceof Error) {
                throw sneaky(e);
            }
            throw new LocalStackException(stoppedMeanwhile ? "the local stack was stopped while starting"
                    : "local stack did not start: " + e, e);
        }
    }

    /**
     * Stops the services (SIGTERM, up to 10 s, then kill), GreenMail, Kafka and MongoDB, in that order.
     * Safe to call more than once and from any thread, also while {@link #start()} is still running.
     */
    public void stop() {
        synchronized (lock) {
            stopRequested = true;
            if (state == State.STOPPED || state == State.NEW) {
                state = State.STOPPED;
                return;
            }
            if (Thread.currentThread() == shutdownHook) {
                QuietLogging.silenceKafkaAtExit();
            }
            long began = System.nanoTime();
            boolean anything = !services.isEmpty() || greenMail != null || kafka != null || mongo != null;
            if (anything) {
                log.info("Stopping the local stack…");
            }
            stopServices();
            if (greenMail != null) {
                log.info("Stopping GreenMail");
                greenMail.stop(SERVICE_STOP_GRACE);
                greenMail = null;
            }
            if (kafka != null) {
                log.info("Stopping Kafka (its log kept in {})", kafkaLogDir());
                try {
                    kafka.stop();
                } catch (RuntimeException e) {
                    log.warn("Kafka did not stop cleanly: {}", e.toString());
                }
                kafka = null;
            }
            if (mongo != null || mongoBackend != null) {
                log.info("Stopping MongoDB (data kept in {})", settings.mongoFile());
                stopMongo();
            }
            state = State.STOPPED;
            if (Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
                    // nothing to undo
                }
            }
            if (anything) {
                log.info("Local stack stopped in {} s", seconds(Duration.ofNanos(System.nanoTime() - began)));
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public Settings settings() {
        return settings;
    }

    /** True from the end of {@link #start()} until {@link #stop()} begins. */
    public boolean isRunning() {
        return state == State.RUNNING && !stopRequested;
    }

    /** How long {@link #start()} took. */
    public Duration startupTime() {
        requireStarted();
        return Objects.requireNonNull(startupTime);
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    // ---- Kafka

    public int kafkaPort() {
        requireStarted();
        return kafkaPort;
    }

    /** e.g. {@code 127.0.0.1:9092}, for {@code bootstrap.servers}. */
    public String kafkaBootstrapServers() {
        return LOOPBACK + ":" + kafkaPort();
    }

    // ---- MongoDB

    public int mongoPort() {
        requireStarted();
        return mongoPort;
    }

    /** e.g. {@code mongodb://127.0.0.1:27017} */
    public String mongoUri() {
        return "mongodb://" + LOOPBACK + ":" + mongoPort();
    }

    /** The URI a service is started with, e.g. {@code mongodb://127.0.0.1:27017/osaava-needs}. */
    public String mongoUri(Service service) {
        return mongoUri() + "/" + service.database();
    }

    // ---- mail

    public int smtpPort() {
        requireStarted();
        return smtpPort;
    }

    /** @throws IllegalStateException when the stack uses an external SMTP sink ({@link Settings#withExternalSmtp}) */
    public int imapPort() {
        requireStarted();
        requireGreenMail();
        return imapPort;
    }

    /** @throws IllegalStateException when the stack uses an external SMTP sink ({@link Settings#withExternalSmtp}) */
    public int mailApiPort() {
        requireStarted();
        requireGreenMail();
        return mailApiPort;
    }

    private void requireGreenMail() {
        if (!settings.startMailSink()) {
            throw new IllegalStateException("no GreenMail: the stack sends to the external SMTP sink on port " + smtpPort);
        }
    }

    /** GreenMail's HTTP API, e.g. {@code http://127.0.0.1:8025}. */
    public URI mailApiUrl() {
        return URI.create("http://" + LOOPBACK + ":" + mailApiPort());
    }

    /** {@code GET} lists the mails received for {@code email} as a JSON array (subject, mimeMessage, …). */
    public URI mailMessagesUrl(String email) {
        try {
            // the multi-argument constructor quotes what must be quoted and keeps '@' readable
            return new URI("http", null, LOOPBACK, mailApiPort(), "/api/user/" + email + "/messages/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not usable in a URL: " + email, e);
        }
    }

    // ---- services

    public int servicePort(Service service) {
        requireStarted();
        return servicePorts.get(service);
    }

    /** The port of instance {@code number} (1 or 2) of a service. */
    public int servicePort(Service service, int number) {
        requireStarted();
        return port(instance(service, number));
    }

    /** e.g. {@code http://localhost:8083} */
    public URI serviceUrl(Service service) {
        return URI.create("http://localhost:" + servicePort(service));
    }

    /** The address of every instance of a service, the first first (one unless {@link Settings#withInstances}). */
    public List<URI> serviceUrls(Service service) {
        requireStarted();
        return instancesOf(service).stream().map(instance -> URI.create("http://localhost:" + port(instance))).toList();
    }

    /** How many instances of each of the four services run (the portal runs once). */
    public int instances() {
        return settings.instances();
    }

    /**
     * The issuer of every token, membership-service's authorization server, e.g. {@code http://localhost:8081}:
     * membership-service issues with it and all four services accept only tokens that carry it.
     */
    public URI issuer() {
        return URI.create("http://localhost:" + servicePort(Service.MEMBERSHIP));
    }

    /**
     * The bootstrap client with the role COORDINATOR (client id {@code coordinator}); its secret was
     * generated at the first start of this data dir and is kept in {@link Settings#credentialsFile()}.
     */
    public ClientCredentials coordinatorCredentials() {
        requireStarted();
        StackCredentials current = credentials;
        if (current == null) {
            throw new IllegalStateException("started without services: there is no authorization server");
        }
        return current.coordinator();
    }

    /**
     * The portal's confidential client (client id {@code osaava-portal}, OpenID Connect); its secret was generated at
     * the first start of this data dir, is kept in {@link Settings#credentialsFile()} and reaches membership-service
     * at every start. Whoever starts the portal hands it the same.
     */
    /** The portal's address, e.g. {@code http://localhost:8080} (the sign-in's redirect URIs use {@code localhost}). */
    public URI portalUrl() {
        return serviceUrl(Service.PORTAL);
    }

    public ClientCredentials portalCredentials() {
        requireStarted();
        StackCredentials current = credentials;
        if (current == null) {
            throw new IllegalStateException("started without services: there is no authorization server");
        }
        return current.portal().orElseThrow(() -> new IllegalStateException("the credentials have no portal client"));
    }

    /** A fresh access token of the coordinator (roles [COORDINATOR]), valid for 15 minutes. */
    public String coordinatorToken() {
        return tokenFor(coordinatorCredentials());
    }

    /** An access token for the client, reused until shortly before it expires (token requests are rate-limited). */
    public synchronized String tokenFor(ClientCredentials client) {
        if (tokens == null) {
            tokens = new Tokens(serviceUrl(Service.MEMBERSHIP));
        }
        return tokens.tokenFor(client);
    }

    public Path logFile(Service service) {
        return logFile(new Instance(service, 1));
    }

    public Path logFile(Service service, int number) {
        return logFile(instance(service, number));
    }

    private Path logFile(Instance instance) {
        return settings.logDir().resolve(instance.name() + ".log");
    }

    public Path greenMailLogFile() {
        return settings.logDir().resolve("greenmail.log");
    }

    /** True while the service's process runs (false if the stack was started without services). */
    public boolean isServiceAlive(Service service) {
        return isServiceAlive(service, 1);
    }

    /** True while instance {@code number} of the service runs. */
    public boolean isServiceAlive(Service service, int number) {
        synchronized (lock) {
            ChildProcess process = services.get(instance(service, number));
            return process != null && process.isAlive();
        }
    }

    /** The OS process id of a service, e.g. to measure its memory. */
    public long servicePid(Service service) {
        return servicePid(service, 1);
    }

    public long servicePid(Service service, int number) {
        synchronized (lock) {
            ChildProcess process = services.get(instance(service, number));
            if (process == null) {
                throw new IllegalStateException(service.artifactName() + " is not running");
            }
            return process.pid();
        }
    }

    public long greenMailPid() {
        synchronized (lock) {
            if (greenMail == null) {
                throw new IllegalStateException("GreenMail is not running");
            }
            return greenMail.pid();
        }
    }

    // ---- faults: what a crash or an operator does to a running stack (the fault harness's levers)

    /** SIGKILL of a service's JVM, as in a crash: no shutdown hooks, nothing flushed. */
    public void killService(Service service) {
        killService(service, 1);
    }

    /** SIGKILL of instance {@code number} (1 or 2) of a service. */
    public void killService(Service service, int number) {
        Instance instance = instance(service, number);
        ChildProcess process;
        synchronized (lock) {
            requireStarted();
            process = services.get(instance);
        }
        if (process == null) {
            throw new IllegalStateException(instance.name() + " is not running");
        }
        log.info("Killing {} (SIGKILL, pid {})", instance.name(), process.pid());
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
        process.awaitExit(System.nanoTime() + SERVICE_STOP_GRACE.toNanos());
    }

    /** Starts a service that died or was killed again, on its port, and waits until it is healthy. */
    public void restartService(Service service) {
        restartService(service, 1);
    }

    /** Starts instance {@code number} of a service again, on its port, and waits until it is healthy. */
    public void restartService(Service service, int number) {
        Instance instance = instance(service, number);
        ChildProcess process;
        synchronized (lock) {
            requireStarted();
            checkNotStopped();
            ChildProcess old = services.get(instance);
            if (old != null && old.isAlive()) {
                throw new IllegalStateException(instance.name() + " is still running");
            }
            log.info("Restarting {} on port {}", instance.name(), port(instance));
            process = ChildProcess.start(instance.name(), serviceCommand(instance),
                    secretEnvironment(service, Objects.requireNonNull(credentials)), logFile(instance), true);
            services.put(instance, process);
        }
        Map<Instance, ChildProcess> waiting = new LinkedHashMap<>();
        waiting.put(instance, process);
        awaitHealthy(waiting);
    }

    private Instance instance(Service service, int number) {
        if (number < 1 || number > settings.instances() || number > 1 && !service.hasApi()) {
            throw new IllegalArgumentException(service.artifactName() + " has no instance " + number);
        }
        return new Instance(service, number);
    }

    /** Every instance of a service, the first first. */
    private List<Instance> instancesOf(Service service) {
        List<Instance> all = new ArrayList<>();
        all.add(new Instance(service, 1));
        if (service.hasApi() && settings.instances() == 2) {
            all.add(new Instance(service, 2));
        }
        return all;
    }

    private int port(Instance instance) {
        return instance.number() == 1 ? servicePorts.get(instance.service()) : secondPorts.get(instance.service());
    }

    /** Stops the Kafka broker (a controlled shutdown); its log stays; the services keep running and retry. */
    public void stopKafka() {
        log.info("Stopping Kafka (fault)");
        requireKafka().stop();
    }

    /** SIGKILL of the Kafka broker. */
    public void killKafka() {
        log.info("Killing Kafka (fault, SIGKILL)");
        requireKafka().kill();
    }

    /** Starts the Kafka broker again on the same ports with the log it had, and waits until it answers. */
    public void startKafkaAgain() {
        requireKafka().start();
    }

    /**
     * Stops the store (MongoDB's wire protocol goes away, its file is flushed and closed), as a database server
     * that goes away would; the services keep running and reconnect when it is back.
     */
    public void stopStore() {
        synchronized (lock) {
            requireStarted();
            log.info("Stopping MongoDB (fault; data kept in {})", settings.mongoFile());
            stopMongo();
        }
    }

    /** Starts the store again on the same port with the same file. */
    public void startStoreAgain() {
        synchronized (lock) {
            requireStarted();
            if (mongo != null) {
                return;
            }
            startMongo();
        }
    }

    public long kafkaPid() {
        return requireKafka().pid();
    }

    public boolean isKafkaAlive() {
        return requireKafka().isAlive();
    }

    private KafkaBroker requireKafka() {
        synchronized (lock) {
            requireStarted();
            return Objects.requireNonNull(kafka, "no Kafka");
        }
    }

    // ---- start-up steps

    private void checkJarsExist() {
        List<Path> jars = new ArrayList<>();
        if (settings.startMailSink()) {
            jars.add(settings.greenMailJar());
        }
        if (settings.startServices()) {
            for (Service service : Service.values()) {
                jars.add(settings.jar(service));
            }
        }
        List<Path> missing = jars.stream().filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new LocalStackException("missing " + missing + ": build them first with"
                    + " `./mvnw -B -q -DskipTests package` (or point -D" + STACK_DIR_PROPERTY + " at the jars)");
        }
    }

    private StackCredentials readOrCreateCredentials() {
        Path file = settings.credentialsFile();
        try {
            boolean existed = Files.exists(file);
            StackCredentials read = StackCredentials.readOrCreate(file,
                    Tokens.tokenEndpoint(URI.create(issuerUnchecked())));
            log.info(existed ? "Client secrets from {}"
                    : "Generated the coordinator's and the portal's client secrets into {}", file);
            return read;
        } catch (java.io.UncheckedIOException e) {
            throw new LocalStackException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }

    private void resolvePorts() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("Kafka", settings.kafkaPort());
        wanted.put("MongoDB", settings.mongoPort());
        if (settings.startMailSink()) {
            wanted.put("SMTP", settings.smtpPort());
            wanted.put("IMAP", settings.imapPort());
            wanted.put("mail API", settings.mailApiPort());
        }
        if (settings.startServices()) {
            for (Service service : Service.values()) {
                wanted.put(service.artifactName(), settings.servicePorts().get(service));
            }
        }
        List<String> busy = new ArrayList<>();
        wanted.forEach((what, port) -> {
            if (port != 0 && !isFree(port)) {
                busy.add(what + " " + port);
            }
        });
        if (!busy.isEmpty()) {
            throw new LocalStackException("ports already in use: " + String.join(", ", busy)
                    + " (is another local stack still running? try `pgrep -af 'stack/.*jar'`)");
        }
        // MongoDB runs in this JVM and can bind port 0 itself; Kafka's listener and the child processes need a number
        kafkaPort = orFreePort(settings.kafkaPort());
        kafkaControllerPort = orFreePort(0);
        mongoPort = settings.mongoPort();
        if (settings.startMailSink()) {
            smtpPort = orFreePort(settings.smtpPort());
            imapPort = orFreePort(settings.imapPort());
            mailApiPort = orFreePort(settings.mailApiPort());
        } else {
            smtpPort = settings.smtpPort();
        }
        for (Service service : Service.values()) {
            servicePorts.put(service, orFreePort(settings.servicePorts().get(service)));
            if (service.hasApi() && settings.instances() == 2) {
                secondPorts.put(service, orFreePort(0));
            }
        }
    }

    private void checkExternalSmtpListens() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, smtpPort), 2_000);
            log.info("Mail goes to the external SMTP sink on {}:{} (no GreenMail)", LOOPBACK, smtpPort);
        } catch (IOException e) {
            throw new LocalStackException("nothing listens on " + LOOPBACK + ":" + smtpPort
                    + ", the external SMTP sink the stack was told to use: " + e.getMessage(), e);
        }
    }

    private void startGreenMail() {
        List<String> command = List.of(javaExecutable(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1",
                // explicit ports rather than -Dgreenmail.setup.test.smtp/imap (3025/3143), so they can be chosen
                "-Dgreenmail.smtp.hostname=" + LOOPBACK, "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=" + LOOPBACK, "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.hostname=" + LOOPBACK,
                "-Dgreenmail.api.hostname=" + LOOPBACK,
                "-Dgreenmail.api.port=" + mailApiPort,
                "-jar", settings.greenMailJar().toString());
        synchronized (lock) {
            checkNotStopped();
            log.info("Starting GreenMail (SMTP {}, IMAP {}, API {})", smtpPort, imapPort, mailApiPort);
            greenMail = ChildProcess.start("GreenMail", command, greenMailLogFile());
        }
    }

    /**
     * A port picked free for GreenMail can be taken by someone else before the child JVM binds it; with
     * picked ports (not configured ones) the child is restarted on fresh ports, at most twice.
     */
    private void awaitGreenMailRetryingOnPortClash() throws IOException {
        boolean portsPicked = settings.smtpPort() == 0 && settings.imapPort() == 0 && settings.mailApiPort() == 0;
        for (int attempt = 1; ; attempt++) {
            try {
                awaitGreenMail();
                return;
            } catch (LocalStackException e) {
                if (!portsPicked || attempt >= 3 || !Files.readString(greenMailLogFile()).contains("BindException")) {
                    throw e;
                }
                log.warn("GreenMail could not bind its ports ({}, {}, {}); retrying on fresh ones", smtpPort, imapPort,
                        mailApiPort);
                synchronized (lock) {
                    Objects.requireNonNull(greenMail).stop(SERVICE_STOP_GRACE);
                    greenMail = null;
                }
                smtpPort = orFreePort(0);
                imapPort = orFreePort(0);
                mailApiPort = orFreePort(0);
                startGreenMail();
            }
        }
    }

    private void awaitGreenMail() throws IOException {
        ChildProcess process;
        synchronized (lock) {
            checkNotStopped();
            process = Objects.requireNonNull(greenMail);
        }
        URI readiness = URI.create("http://" + LOOPBACK + ":" + mailApiPort + "/api/service/readiness");
        long deadline = System.nanoTime() + GREENMAIL_START_TIMEOUT.toNanos();
        while (!answers200(readiness)) {
            checkNotStopped();
            // GreenMail's JVM can outlive a failed bind, so its log is the quicker witness
            if (!process.isAlive()) {
                throw died(process);
            }
            if (Files.readString(greenMailLogFile()).contains("Could not start mail server")) {
                throw new LocalStackException("GreenMail could not start; see " + process.logFile()
                        + System.lineSeparator() + process.tail(LOG_TAIL_LINES));
            }
            if (System.nanoTime() > deadline) {
                throw timedOut(process, GREENMAIL_START_TIMEOUT);
            }
            pause(200);
        }
        log.info("GreenMail ready");
    }

    private void startMongo() {
        synchronized (lock) {
            checkNotStopped();
            Path file = settings.mongoFile();
            log.info("Starting MongoDB (mongo-java-server, H2 file {})", file);
            try {
                mongoBackend = new KeyedStore(openStore(file)).backend();
            } catch (RuntimeException e) {
                throw new LocalStackException("could not open " + file + " (is another local stack using the same data dir?): " + e, e);
            }
            MongoServer server = new MongoServer(mongoBackend);
            mongo = server;
            try {
                server.bind(LOOPBACK, mongoPort);
            } catch (RuntimeException e) {
                throw new LocalStackException("MongoDB could not listen on " + LOOPBACK + ":" + mongoPort + ": " + e, e);
            }
            mongoPort = server.getLocalAddress().getPort();
        }
    }

    /** MB of H2's page cache: its default (16) holds far less than the alert path's indexes once history grows. */
    static final int STORE_CACHE_MB = 256;
    /** KB of changes before H2 writes a chunk early (default 1,024): fewer, larger chunks; still at least every second. */
    static final int STORE_COMMIT_BUFFER_KB = 16 * 1024;

    /**
     * The store's file with a page cache sized like a database server's (MongoDB would give WiredTiger half the
     * memory): with H2's 16 MB, inserting into a collection of 100,000 deliveries read most index pages back from the
     * file (a profile of a fan-out: a fifth of the store's time in {@code MVStore.readPage}).
     */
    private static MVStore openStore(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(STORE_CACHE_MB)
                .autoCommitBufferSize(STORE_COMMIT_BUFFER_KB).open();
    }

    private void stopMongo() {
        MongoServer server = mongo;
        H2Backend backend = mongoBackend;
        mongo = null;
        mongoBackend = null;
        try {
            if (server != null) {
                server.shutdownNow(); // also closes the backend
            }
        } catch (RuntimeException e) {
            log.warn("MongoDB did not stop cleanly: {}", e.toString());
        }
        try {
            if (backend != null) {
                backend.close(); // no-op when the server already closed it; flushes the H2 file otherwise
            }
        } catch (RuntimeException e) {
            log.debug("H2 backend close: {}", e.toString());
        }
    }

    private void startKafka() {
        KafkaBroker broker;
        synchronized (lock) {
            checkNotStopped();
            broker = new KafkaBroker(kafkaLogDir(), settings.dataDir(), settings.logDir().resolve("kafka.log"), LOOPBACK,
                    kafkaPort, kafkaControllerPort);
            kafka = broker;
        }
        try {
            broker.start();
        } catch (RuntimeException e) {
            throw e instanceof LocalStackException ? e
                    : new LocalStackException("Kafka did not start on port " + kafkaPort + ": " + rootMessage(e), e);
        }
    }

    /** Kafka's data: topics, records and consumer offsets, kept like the store's file. */
    private Path kafkaLogDir() {
        return settings.dataDir().resolve("kafka");
    }

    private void startServices() {
        synchronized (lock) {
            for (Service service : Service.values()) {
                for (Instance instance : instancesOf(service)) {
                    checkNotStopped();
                    log.info("Starting {} on port {} (log {})", instance.name(), port(instance), logFile(instance));
                    services.put(instance, ChildProcess.start(instance.name(), serviceCommand(instance),
                            secretEnvironment(service, Objects.requireNonNull(credentials)), logFile(instance)));
                }
            }
        }
    }

    List<String> serviceCommand(Service service) {
        return serviceCommand(new Instance(service, 1));
    }

    /**
     * A second instance differs from the first only in its port: the links in mails and the token issuer stay the
     * first's (the same data answers on both).
     */
    private List<String> serviceCommand(Instance instance) {
        Service service = instance.service();
        if (service == Service.PORTAL) {
            return portalCommand();
        }
        // the services run with the normal JIT (C2): what they do under load is what is measured
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                service == Service.NOTIFICATION ? "-Xmx1g" : "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-jar", settings.jar(service).toString(),
                "--server.port=" + port(instance),
                "--spring.mongodb.uri=mongodb://" + LOOPBACK + ":" + mongoPort + "/" + service.database(),
                "--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrapServersUnchecked(),
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServersUnchecked(),
                // mongo-java-server does not answer the command Boot's MongoDB health indicator sends
                "--management.health.mongodb.enabled=false"));
        if (service == Service.NOTIFICATION || service == Service.MEMBERSHIP) {
            // alerts (notification) and passive members' confirmation and leave mails (membership)
            command.add("--spring.mail.host=" + LOOPBACK);
            command.add("--spring.mail.port=" + smtpPort);
        }
        if (service == Service.MEMBERSHIP) {
            // the links in membership's mails lead back to it
            command.add("--osaava.passive-members.public-url=http://localhost:" + servicePorts.get(service));
            // every caller of the local stack (tests, scripts, the portal, the browser) has the one address 127.0.0.1:
            // a per-address bound on logins and token requests would only make them wait for each other
            command.add("--osaava.limits.token-requests-per-minute=6000");
            // the portal signs people in and out through it, on whatever port the portal got
            String portal = "http://localhost:" + servicePorts.get(Service.PORTAL);
            command.add("--osaava.identity.portal-client.redirect-uris=" + portal + "/login/oauth2/code/osaava");
            command.add("--osaava.identity.portal-client.post-logout-redirect-uris=" + portal + "/");
        }
        if (service == Service.NOTIFICATION) {
            // the unsubscribe and preferences links in alert mails lead back to it
            command.add("--osaava.notifications.public-url=http://localhost:" + servicePorts.get(service));
            // local development: webhook receivers on this machine (http://localhost:…) are allowed
            command.add("--osaava.webhooks.allow-private-targets=true");
            // the local sink takes mail as fast as it comes; a real server's limit is set where it runs
            command.add("--osaava.alerts.smtp.max-per-second=100000");
        }
        StackCredentials current = credentials;
        if (current == null) {
            throw new IllegalStateException("no credentials: services are started only after they are read");
        }
        command.addAll(securityArguments(service, issuerUnchecked(), current));
        command.addAll(settings.extraServiceArguments());
        return command;
    }

    /** The portal: the services' addresses as a browser on this machine reaches them, and its sign-in client. */
    private List<String> portalCommand() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-jar", settings.jar(Service.PORTAL).toString(),
                "--server.port=" + servicePorts.get(Service.PORTAL)));
        for (Service service : Service.values()) {
            if (service.hasApi()) {
                command.add("--osaava.portal." + service.name().toLowerCase(java.util.Locale.ROOT) + "=http://localhost:"
                        + servicePorts.get(service));
            }
        }
        StackCredentials current = credentials;
        if (current != null) {
            current.portal().ifPresent(portal -> command.add("--osaava.portal.sign-in.client-id=" + portal.clientId()));
        }
        // the extra arguments are the services' settings (Kafka, alerts, logging of fi.osaava …), not the portal's
        return command;
    }

    /**
     * Every service validates the tokens' {@code iss} against membership-service's URL (and fetches its
     * keys from {@code <issuer>/oauth2/jwks}); membership-service issues with it and gets the bootstrap
     * coordinator client and the portal's client.
     */
    static List<String> securityArguments(Service service, String issuer, StackCredentials credentials) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--osaava.security.issuer=" + issuer);
        if (service == Service.MEMBERSHIP) {
            arguments.add("--osaava.identity.issuer=" + issuer);
            arguments.add("--osaava.identity.coordinator.client-id=" + credentials.coordinator().clientId());
            credentials.portal().ifPresent(portal ->
                    arguments.add("--osaava.identity.portal-client.client-id=" + portal.clientId()));
        }
        return arguments;
    }

    /**
     * The bootstrap coordinator's and the portal's secrets reach membership-service in its environment, never on its
     * command line (which every user of the machine can read).
     */
    static Map<String, String> secretEnvironment(Service service, StackCredentials credentials) {
        if (service == Service.PORTAL) {
            return credentials.portal()
                    .map(portal -> Map.of("OSAAVA_PORTAL_SIGN_IN_CLIENT_SECRET", portal.clientSecret()))
                    .orElse(Map.of());
        }
        if (service != Service.MEMBERSHIP) {
            return Map.of();
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("OSAAVA_IDENTITY_COORDINATOR_CLIENT_SECRET", credentials.coordinator().clientSecret());
        credentials.portal().ifPresent(portal ->
                secrets.put("OSAAVA_IDENTITY_PORTAL_CLIENT_CLIENT_SECRET", portal.clientSecret()));
        return secrets;
    }

    private void awaitServicesHealthy() {
        Map<Instance, ChildProcess> waiting;
        synchronized (lock) {
            waiting = new LinkedHashMap<>(services);
        }
        awaitHealthy(waiting);
    }

    private void awaitHealthy(Map<Instance, ChildProcess> waiting) {
        long begin = System.nanoTime();
        long deadline = begin + settings.serviceStartTimeout().toNanos();
        while (!waiting.isEmpty()) {
            checkNotStopped();
            for (var it = waiting.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                Instance instance = entry.getKey();
                ChildProcess process = entry.getValue();
                if (answers200(URI.create("http://localhost:" + port(instance) + "/actuator/health"))) {
                    log.info("{} healthy after {} s", instance.name(), seconds(Duration.ofNanos(System.nanoTime() - begin)));
                    it.remove();
                } else if (!process.isAlive()) {
                    throw died(process);
                }
            }
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                ChildProcess first = waiting.values().iterator().next();
                for (ChildProcess other : waiting.values()) {
                    if (other != first) {
                        log.error("{} did not become healthy either; last lines of {}:{}{}", other.name(), other.logFile(),
                                System.lineSeparator(), other.tail(LOG_TAIL_LINES));
                    }
                }
                throw timedOut(first, settings.serviceStartTimeout());
            }
            if (!waiting.isEmpty()) {
                pause(500);
            }
        }
    }

    private void stopServices() {
        if (services.isEmpty()) {
            return;
        }
        log.info("Stopping services: {}", String.join(", ", services.values().stream().map(ChildProcess::name).toList()));
        services.values().forEach(ChildProcess::requestStop);
        long deadline = System.nanoTime() + SERVICE_STOP_GRACE.toNanos();
        for (ChildProcess process : services.values()) {
            process.awaitExit(deadline);
        }
        services.clear();
    }

    // ---- helpers

    private boolean answers200(URI uri) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for " + uri, e);
        }
    }

    private LocalStackException died(ChildProcess process) {
        String tail = process.tail(LOG_TAIL_LINES);
        log.error("{} exited with code {}; last lines of {}:{}{}", process.name(), process.exitValue(), process.logFile(),
                System.lineSeparator(), tail);
        return new LocalStackException(process.name() + " exited with code " + process.exitValue()
                + " during start-up; see " + process.logFile() + System.lineSeparator() + tail);
    }

    private LocalStackException timedOut(ChildProcess process, Duration timeout) {
        String tail = process.tail(LOG_TAIL_LINES);
        log.error("{} was not ready within {} s; last lines of {}:{}{}", process.name(), timeout.toSeconds(),
                process.logFile(), System.lineSeparator(), tail);
        return new LocalStackException(process.name() + " was not ready within " + timeout.toSeconds() + " s; see "
                + process.logFile() + System.lineSeparator() + tail);
    }

    private void checkNotStopped() {
        if (stopRequested) {
            throw new LocalStackException("the local stack was stopped while starting");
        }
    }

    private void requireStarted() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the local stack is " + state + "; ports and URLs are known once start() has returned");
        }
    }

    private String issuerUnchecked() {
        return "http://localhost:" + servicePorts.get(Service.MEMBERSHIP);
    }

    private String kafkaBootstrapServersUnchecked() {
        return LOOPBACK + ":" + kafkaPort;
    }

    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // like Tomcat, Kafka and GreenMail: connections of a stack that just stopped (TIME_WAIT) do not count,
            // a listening socket does
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A port for a child process to bind later. Picked below Linux's ephemeral range (32768–60999),
     * where the OS places port-0 listeners (Kafka's, MongoDB's) and outgoing connections, so a
     * picked port is not handed to someone else between the pick and the child's bind.
     */
    private static int orFreePort(int port) {
        if (port != 0) {
            return port;
        }
        for (int tries = 0; tries < 200; tries++) {
            int candidate = PICKED_PORTS_FROM + RANDOM.nextInt(PICKED_PORTS_TO - PICKED_PORTS_FROM);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(LOOPBACK, candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new LocalStackException("no free port between " + PICKED_PORTS_FROM + " and " + PICKED_PORTS_TO);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while starting", e);
        }
    }

    private static RuntimeException sneaky(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (cause: " + root + ")";
    }

    @Override
    public String toString() {
        return "LocalStack" + Arrays.asList(state, settings.dataDir());
    }
}
