package fi.osaava.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack's Kafka: one KRaft node (broker and controller in one) in a JVM of its own ({@code kafka.Kafka} from
 * the Apache Kafka jars on this JVM's class path), with its log in the data dir. Topics, records and consumer
 * offsets survive a restart of the broker or of the whole stack, and the broker can be stopped (SIGTERM: a
 * controlled shutdown), killed or started again on the same ports while the services run, as a real one would go
 * away for maintenance. The log dir is formatted once, on first start, with a cluster id kept beside it.
 */
final class KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    static final String LISTENER = "LOCAL";
    private static final String CONTROLLER = "CONTROLLER";
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path logDir;
    private final Path workDir;
    private final Path logFile;
    private final String host;
    private final int port;
    private final int controllerPort;
    private @Nullable ChildProcess process;

    /**
     * @param logDir         Kafka's data (its {@code log.dirs}), kept between runs
     * @param workDir        where its configuration is written
     * @param logFile        its stdout and stderr
     * @param port           the one listener clients use
     * @param controllerPort the KRaft controller's listener (only the node itself talks to it)
     */
    KafkaBroker(Path logDir, Path workDir, Path logFile, String host, int port, int controllerPort) {
        this.logDir = logDir;
        this.workDir = workDir;
        this.logFile = logFile;
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return host + ":" + port;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return process.pid();
    }

    /** Formats the log dir if it is new, starts the node and waits until it answers. */
    void start() {
        Path config = writeConfig();
        formatIfNew(config);
        ChildProcess started;
        synchronized (this) {
            if (isAlive()) {
                return;
            }
            log.info("Starting Kafka (KRaft, port {}, log {})", port, logDir);
            started = ChildProcess.start("kafka", java(List.of("-Xms256m", "-Xmx1g"), "kafka.Kafka", config.toString()),
                    Map.of(), logFile, true);
            process = started;
        }
        awaitReady(started);
        log.info("Kafka ready at {}", bootstrapServers());
    }

    /** A controlled shutdown (SIGTERM), killed if it takes longer than the grace. */
    void stop() {
        ChildProcess running = take();
        if (running != null) {
            running.stop(STOP_GRACE);
        }
    }

    /** SIGKILL: the broker goes away as in a crash. */
    void kill() {
        ChildProcess running = take();
        if (running != null) {
            ProcessHandle.of(running.pid()).ifPresent(ProcessHandle::destroyForcibly);
            running.awaitExit(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
        }
    }

    /** The running process, if any, which from now on is no longer this broker's. */
    private synchronized @Nullable ChildProcess take() {
        ChildProcess running = process;
        process = null;
        return running;
    }

    private Path writeConfig() {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        settings.put("listeners", LISTENER + "://" + host + ":" + port + "," + CONTROLLER + "://" + host + ":" + controllerPort);
        settings.put("advertised.listeners", LISTENER + "://" + host + ":" + port);
        settings.put("listener.security.protocol.map", LISTENER + ":PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        settings.put("inter.broker.listener.name", LISTENER);
        settings.put("controller.listener.names", CONTROLLER);
        settings.put("log.dirs", logDir.toAbsolutePath().toString());
        settings.put("auto.create.topics.enable", "true");
        settings.put("num.partitions", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        // a local machine: the log is flushed by the OS; a SIGKILL of the broker loses nothing the OS has
        settings.put("log.retention.hours", "168");
        StringBuilder text = new StringBuilder("# written by the local stack at every start\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logDir);
            Path file = workDir.resolve("kafka-server.properties");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kafka-storage format} once: a log dir with {@code meta.properties} is formatted already. */
    private void formatIfNew(Path config) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = clusterId();
        log.info("Formatting Kafka's log dir {} (cluster {})", logDir, clusterId);
        ChildProcess format = ChildProcess.start("kafka-storage", java(List.of("-Xmx256m"), "kafka.tools.StorageTool",
                "format", "--cluster-id", clusterId, "--config", config.toString(), "--ignore-formatted"), Map.of(), logFile, true);
        format.awaitExit(System.nanoTime() + START_TIMEOUT.toNanos());
        if (format.isAlive() || format.exitValue() != 0) {
            throw new LocalStackException("Kafka's log dir " + logDir + " could not be formatted; see " + logFile
                    + System.lineSeparator() + format.tail(20));
        }
    }

    /** A Kafka cluster id (a base64 UUID), the same for every format of this log dir. */
    private String clusterId() {
        Path file = logDir.resolveSibling(logDir.getFileName() + ".cluster-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String id;
            do { // as Kafka's Uuid.randomUuid: an id starting with '-' reads as an option to kafka-storage
                UUID uuid = UUID.randomUUID();
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
                bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
                id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            } while (id.startsWith("-"));
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> java(List<String> options, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(options);
        command.add("-Dlogback.configurationFile=fi/osaava/localstack/kafka-logback.xml");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private void awaitReady(ChildProcess started) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!started.isAlive()) {
                    throw new LocalStackException("Kafka exited with " + started.exitValue() + "; see " + logFile
                            + System.lineSeparator() + started.tail(30));
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000)).nodes().get(4, TimeUnit.SECONDS);
                    return;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new LocalStackException("Kafka did not answer on " + bootstrapServers() + " within "
                                + START_TIMEOUT.toSeconds() + " s; see " + logFile + System.lineSeparator()
                                + started.tail(30));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LocalStackException("interrupted while Kafka started", e);
                }
            }
        }
    }
}
