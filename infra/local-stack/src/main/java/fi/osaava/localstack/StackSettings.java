package fi.osaava.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
public record StackSettings(
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

    /** System property that overrides the default directory holding the jars. */
    public static final String STACK_DIR_PROPERTY = "osaava.stack.dir";
    static final String GREENMAIL_JAR = "greenmail-standalone.jar";

    public static final Path DEFAULT_DATA_DIR = Path.of(".osaava-data");
    public static final Path DEFAULT_STACK_DIR = Path.of("infra", "local-stack", "target", "stack");

    public StackSettings {
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
    public StackSettings(Path dataDir, Path stackDir, int kafkaPort, int mongoPort, int smtpPort, int imapPort,
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
    public static StackSettings defaults() {
        EnumMap<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
        }
        // 180 s: four services booting at once with the full JIT on two cores
        return new StackSettings(DEFAULT_DATA_DIR, defaultStackDir(), 9092, 27017, 3025, 3143, 8025, ports,
                true, Duration.ofSeconds(180), List.of());
    }

    /** Like {@link #defaults()} but every port is picked free at start, and data goes to {@code dataDir}: for tests. */
    public static StackSettings withRandomPorts(Path dataDir) {
        EnumMap<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, 0);
        }
        StackSettings defaults = defaults();
        return new StackSettings(dataDir, defaults.stackDir(), 0, 0, 0, 0, 0, ports,
                true, defaults.serviceStartTimeout(), List.of());
    }

    public StackSettings withDataDir(Path dir) {
        return new StackSettings(dir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
    }

    public StackSettings withStackDir(Path dir) {
        return new StackSettings(dataDir, dir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
    }

    /** Only the infrastructure: Kafka, MongoDB and GreenMail. */
    public StackSettings withoutServices() {
        return new StackSettings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                false, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
    }

    public StackSettings withServiceStartTimeout(Duration timeout) {
        return new StackSettings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                startServices, timeout, extraServiceArguments, startMailSink, instances);
    }

    public StackSettings withExtraServiceArguments(String... arguments) {
        return new StackSettings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
                startServices, serviceStartTimeout, List.of(arguments), startMailSink, instances);
    }

    public StackSettings withServicePort(Service service, int port) {
        EnumMap<Service, Integer> ports = new EnumMap<>(servicePorts);
        ports.put(service, port);
        return new StackSettings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, ports,
                startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
    }

    public StackSettings withInfrastructurePorts(int kafka, int mongo, int smtp, int imap, int mailApi) {
        return new StackSettings(dataDir, stackDir, kafka, mongo, smtp, imap, mailApi, servicePorts,
                startServices, serviceStartTimeout, extraServiceArguments, startMailSink, instances);
    }

    /**
     * Starts no GreenMail: the services send their mail to the SMTP server already listening on
     * {@code 127.0.0.1:port}, which must be there when {@link LocalStack#start()} is called.
     */
    public StackSettings withExternalSmtp(int port) {
        if (port == 0) {
            throw new IllegalArgumentException("an external SMTP sink needs its port");
        }
        return new StackSettings(dataDir, stackDir, kafkaPort, mongoPort, port, imapPort, mailApiPort, servicePorts,
                startServices, serviceStartTimeout, extraServiceArguments, false, instances);
    }

    /**
     * Runs {@code count} (1 or 2) instances of each of the four services: the second of each on a port of its
     * own, with the same store, broker and settings, in the same consumer groups; the portal talks to the first.
     */
    public StackSettings withInstances(int count) {
        return new StackSettings(dataDir, stackDir, kafkaPort, mongoPort, smtpPort, imapPort, mailApiPort, servicePorts,
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
