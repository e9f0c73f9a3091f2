package fi.osaava.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of one {@link LocalStack}, created together once their ports are known, started in the order they
 * need each other and closed in the reverse: the services, GreenMail, Kafka, MongoDB.
 */
final class StackParts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final StackSettings settings;
    private final StartupWatch watch;
    final int kafkaPort;
    final KafkaBroker kafka;
    final MongoStore store;
    final @Nullable GreenMailSink mail;
    final ServiceProcesses services;

    /**
     * Checks that the configured ports are free and picks the ones configured as 0; MongoDB runs in this JVM and can
     * bind port 0 itself, Kafka's listener and the child processes need a number.
     */
    StackParts(StackSettings settings, StartupWatch watch) {
        this.settings = settings;
        this.watch = watch;
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
        Ports.requireFree(wanted);
        kafkaPort = Ports.orFree(settings.kafkaPort());
        kafka = new KafkaBroker(kafkaLogDir(), settings.dataDir(), settings.logDir().resolve("kafka.log"),
                Ports.LOOPBACK, kafkaPort, Ports.orFree(0));
        store = new MongoStore(settings.mongoFile(), settings.mongoPort());
        mail = settings.startMailSink() ? new GreenMailSink(settings.greenMailJar(), greenMailLogFile(settings), watch,
                settings.smtpPort(), settings.imapPort(), settings.mailApiPort()) : null;
        services = new ServiceProcesses(settings, watch);
    }

    /** The jars the settings ask to run, or a {@link LocalStackException} naming the missing ones. */
    static void checkJarsExist(StackSettings settings) {
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
                    + " `./mvnw -B -q -DskipTests package` (or point -D" + StackSettings.STACK_DIR_PROPERTY
                    + " at the jars)");
        }
    }

    static Path greenMailLogFile(StackSettings settings) {
        return settings.logDir().resolve("greenmail.log");
    }

    /** GreenMail (booting in its JVM while the rest starts here), MongoDB, Kafka; returns when all answer. */
    void startInfrastructure() {
        if (mail != null) {
            mail.start();
        } else {
            checkExternalSmtpListens();
        }
        watch.checkNotStopped();
        store.start();
        watch.checkNotStopped();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            throw e instanceof LocalStackException ? e
                    : new LocalStackException("Kafka did not start on port " + kafkaPort + ": " + rootMessage(e), e);
        }
        if (mail != null) {
            mail.awaitReady();
        }
    }

    /** The secrets of the coordinator's and the portal's clients, generated at the first start of the data dir. */
    StackCredentials readOrCreateCredentials() {
        Path file = settings.credentialsFile();
        try {
            boolean existed = Files.exists(file);
            StackCredentials read = StackCredentials.readOrCreate(file,
                    Tokens.tokenEndpoint(URI.create(issuer())));
            log.info(existed ? "Client secrets from {}"
                    : "Generated the coordinator's and the portal's client secrets into {}", file);
            return read;
        } catch (UncheckedIOException e) {
            throw new LocalStackException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }

    /** Starts the services and the portal and waits until each is healthy. */
    void startServices(StackCredentials credentials) {
        services.startAll(new ServiceCommands(settings, services::port, store.port(), kafkaBootstrapServers(),
                smtpPort(), credentials));
    }

    String issuer() {
        return "http://localhost:" + services.port(new ServiceInstance(Service.MEMBERSHIP, 1));
    }

    String kafkaBootstrapServers() {
        return Ports.LOOPBACK + ":" + kafkaPort;
    }

    int smtpPort() {
        return mail != null ? mail.smtpPort() : settings.smtpPort();
    }

    boolean anythingRunning() {
        return !services.isEmpty() || mail != null && mail.isRunning() || kafka.isAlive() || store.isRunning();
    }

    /** The services, GreenMail, Kafka and MongoDB, in that order; each part's failure to stop is logged. */
    @Override
    public void close() {
        services.close();
        if (mail != null) {
            mail.close();
        }
        if (kafka.isAlive()) {
            log.info("Stopping Kafka (its log kept in {})", kafkaLogDir());
        }
        try {
            kafka.stop();
        } catch (RuntimeException e) {
            log.warn("Kafka did not stop cleanly: {}", e.toString());
        }
        if (store.isRunning()) {
            log.info("Stopping MongoDB (data kept in {})", settings.mongoFile());
            store.close();
        }
    }

    private void checkExternalSmtpListens() {
        int port = settings.smtpPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Ports.LOOPBACK, port), 2_000);
            log.info("Mail goes to the external SMTP sink on {}:{} (no GreenMail)", Ports.LOOPBACK, port);
        } catch (IOException e) {
            throw new LocalStackException("nothing listens on " + Ports.LOOPBACK + ":" + port
                    + ", the external SMTP sink the stack was told to use: " + e.getMessage(), e);
        }
    }

    /** Kafka's data: topics, records and consumer offsets, kept like the store's file. */
    private Path kafkaLogDir() {
        return settings.dataDir().resolve("kafka");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (cause: " + root + ")";
    }
}
