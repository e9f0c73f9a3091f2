package fi.osaava.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine without Docker, as closeable parts: an embedded KRaft Kafka broker
 * ({@link KafkaBroker}) and a MongoDB-wire server ({@link MongoStore}, H2 file backend, so data survives restarts),
 * GreenMail as an SMTP sink with its HTTP API ({@link GreenMailSink}; or, with {@link StackSettings#withExternalSmtp},
 * a sink someone else runs), and the four services and the portal as child JVMs with the normal JIT
 * ({@link ServiceProcesses}, started with the profile {@value ServiceCommands#PROFILE}, so each service's own
 * {@code application-local.yml} holds its local settings).
 *
 * <pre>{@code
 * try (LocalStack stack = new LocalStack(StackSettings.withRandomPorts(tempDir)).start()) {
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
 * in that order. {@link #faults()} are the levers of the fault harness.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private enum State { NEW, STARTING, RUNNING, STOPPED }

    private final StackSettings settings;
    private final Object lock = new Object();
    private final Thread shutdownHook = new Thread(this::stop, "osaava-local-stack-shutdown");
    private final StartupWatch watch = new StartupWatch();
    private final StackFaults faults = new StackFaults(this);

    private volatile State state = State.NEW;
    private @Nullable Duration startupTime;

    // set while starting, guarded by lock
    private @Nullable StackParts parts;
    private @Nullable Tokens tokens;
    private volatile @Nullable StackCredentials credentials;

    public LocalStack(StackSettings settings) {
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
            StackParts.checkJarsExist(settings);
            QuietLogging.forInProcessInfrastructure();
            Files.createDirectories(settings.logDir());
            StackParts created = new StackParts(settings, watch);
            synchronized (lock) {
                watch.checkNotStopped();
                parts = created;
            }
            if (settings.startServices()) {
                credentials = created.readOrCreateCredentials();
            }
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            created.startInfrastructure();
            if (settings.startServices()) {
                created.startServices(Objects.requireNonNull(credentials));
            }
            startupTime = Duration.ofNanos(System.nanoTime() - started);
            synchronized (lock) {
                watch.checkNotStopped();
                state = State.RUNNING;
            }
            log.info("Local stack up in {} s", StartupWatch.seconds(startupTime));
            return this;
        } catch (Throwable e) {
            boolean stoppedMeanwhile = watch.stopRequested();
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
            watch.requestStop();
            if (state == State.STOPPED || state == State.NEW) {
                state = State.STOPPED;
                return;
            }
            if (Thread.currentThread() == shutdownHook) {
                QuietLogging.silenceKafkaAtExit();
            }
            long began = System.nanoTime();
            boolean anything = parts != null && parts.anythingRunning();
            if (anything) {
                log.info("Stopping the local stack…");
            }
            if (parts != null) {
                parts.close();
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
                log.info("Local stack stopped in {} s", StartupWatch.seconds(Duration.ofNanos(System.nanoTime() - began)));
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The levers of the fault harness: killing and restarting services, stopping Kafka or the store. */
    public StackFaults faults() {
        requireStarted();
        return faults;
    }

    public StackSettings settings() {
        return settings;
    }

    /** True from the end of {@link #start()} until {@link #stop()} begins. */
    public boolean isRunning() {
        return state == State.RUNNING && !watch.stopRequested();
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
        return parts().kafkaPort;
    }

    /** e.g. {@code 127.0.0.1:9092}, for {@code bootstrap.servers}. */
    public String kafkaBootstrapServers() {
        return Ports.LOOPBACK + ":" + kafkaPort();
    }

    // ---- MongoDB

    public int mongoPort() {
        return store().port();
    }

    /** e.g. {@code mongodb://127.0.0.1:27017} */
    public String mongoUri() {
        return "mongodb://" + Ports.LOOPBACK + ":" + mongoPort();
    }

    /** The URI a service is started with, e.g. {@code mongodb://127.0.0.1:27017/osaava-needs}. */
    public String mongoUri(Service service) {
        return mongoUri() + "/" + service.database();
    }

    // ---- mail

    public int smtpPort() {
        return parts().smtpPort();
    }

    /** @throws IllegalStateException when the stack uses an external SMTP sink ({@link StackSettings#withExternalSmtp}) */
    public int imapPort() {
        return mail().imapPort();
    }

    /** @throws IllegalStateException when the stack uses an external SMTP sink ({@link StackSettings#withExternalSmtp}) */
    public int mailApiPort() {
        return mail().apiPort();
    }

    /** GreenMail's HTTP API, e.g. {@code http://127.0.0.1:8025}. */
    public URI mailApiUrl() {
        return mail().apiUrl();
    }

    /** {@code GET} lists the mails received for {@code email} as a JSON array (subject, mimeMessage, …). */
    public URI mailMessagesUrl(String email) {
        return mail().messagesUrl(email);
    }

    public Path greenMailLogFile() {
        return StackParts.greenMailLogFile(settings);
    }

    // ---- services

    public int servicePort(Service service) {
        return servicePort(service, 1);
    }

    /** The port of instance {@code number} (1 or 2) of a service. */
    public int servicePort(Service service, int number) {
        ServiceProcesses running = services();
        return running.port(running.instance(service, number));
    }

    /** e.g. {@code http://localhost:8083} */
    public URI serviceUrl(Service service) {
        return URI.create("http://localhost:" + servicePort(service));
    }

    /** The address of every instance of a service, the first first (one unless {@link StackSettings#withInstances}). */
    public List<URI> serviceUrls(Service service) {
        ServiceProcesses running = services();
        return running.instancesOf(service).stream()
                .map(instance -> URI.create("http://localhost:" + running.port(instance))).toList();
    }

    /** How many instances of each of the four services run (the portal runs once). */
    public int instances() {
        return settings.instances();
    }

    /** The portal's address, e.g. {@code http://localhost:8080} (the sign-in's redirect URIs use {@code localhost}). */
    public URI portalUrl() {
        return serviceUrl(Service.PORTAL);
    }

    public Path logFile(Service service) {
        return logFile(service, 1);
    }

    public Path logFile(Service service, int number) {
        return settings.logDir().resolve(new ServiceInstance(service, number).name() + ".log");
    }

    /** True while the service's process runs (false if the stack was started without services). */
    public boolean isServiceAlive(Service service) {
        return isServiceAlive(service, 1);
    }

    /** True while instance {@code number} of the service runs. */
    public boolean isServiceAlive(Service service, int number) {
        StackParts running;
        synchronized (lock) {
            running = parts;
        }
        return running != null && running.services.isAlive(running.services.instance(service, number));
    }

    /** The OS process id of a service, e.g. to measure its memory. */
    public long servicePid(Service service) {
        return servicePid(service, 1);
    }

    public long servicePid(Service service, int number) {
        ServiceProcesses running = services();
        return running.pid(running.instance(service, number));
    }

    // ---- identity

    /**
     * The issuer of every token, membership-service's authorization server, e.g. {@code http://localhost:8081}:
     * membership-service issues with it and all four services accept only tokens that carry it.
     */
    public URI issuer() {
        return URI.create("http://localhost:" + servicePort(Service.MEMBERSHIP));
    }

    /**
     * The bootstrap client with the role COORDINATOR (client id {@code coordinator}); its secret was
     * generated at the first start of this data dir and is kept in {@link StackSettings#credentialsFile()}.
     */
    public ClientCredentials coordinatorCredentials() {
        return requireCredentials().coordinator();
    }

    /**
     * The portal's confidential client (client id {@code osaava-portal}, OpenID Connect); its secret was generated at
     * the first start of this data dir, is kept in {@link StackSettings#credentialsFile()} and reaches
     * membership-service at every start. Whoever starts the portal hands it the same.
     */
    public ClientCredentials portalCredentials() {
        return requireCredentials().portal()
                .orElseThrow(() -> new IllegalStateException("the credentials have no portal client"));
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

    private StackCredentials requireCredentials() {
        requireStarted();
        StackCredentials current = credentials;
        if (current == null) {
            throw new IllegalStateException("started without services: there is no authorization server");
        }
        return current;
    }

    // ---- the parts, for StackFaults

    ServiceProcesses services() {
        return parts().services;
    }

    KafkaBroker kafka() {
        return parts().kafka;
    }

    MongoStore store() {
        return parts().store;
    }

    GreenMailSink mail() {
        GreenMailSink mail = parts().mail;
        if (mail == null) {
            throw new IllegalStateException("no GreenMail: the stack sends to the external SMTP sink on port "
                    + settings.smtpPort());
        }
        return mail;
    }

    private StackParts parts() {
        synchronized (lock) {
            requireStarted();
            return Objects.requireNonNull(parts);
        }
    }

    // ---- helpers

    private void requireStarted() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the local stack is " + state + "; ports and URLs are known once start() has returned");
        }
    }

    private static RuntimeException sneaky(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    @Override
    public String toString() {
        return "LocalStack" + Arrays.asList(state, settings.dataDir());
    }
}
