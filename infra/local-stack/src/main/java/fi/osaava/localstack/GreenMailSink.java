package fi.osaava.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack's SMTP sink: GreenMail standalone in a JVM of its own, with IMAP and its HTTP API (the mails received per
 * address), all on the loopback address.
 */
final class GreenMailSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GreenMailSink.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int PORT_CLASH_ATTEMPTS = 3;

    private final Path jar;
    private final Path logFile;
    private final StartupWatch watch;
    private final boolean portsPicked;
    private int smtpPort;
    private int imapPort;
    private int apiPort;
    private @Nullable ChildProcess process;

    /** Ports of 0 are picked free; then a clash with someone who took one first is retried on fresh ones. */
    GreenMailSink(Path jar, Path logFile, StartupWatch watch, int smtpPort, int imapPort, int apiPort) {
        this.jar = jar;
        this.logFile = logFile;
        this.watch = watch;
        this.portsPicked = smtpPort == 0 && imapPort == 0 && apiPort == 0;
        this.smtpPort = Ports.orFree(smtpPort);
        this.imapPort = Ports.orFree(imapPort);
        this.apiPort = Ports.orFree(apiPort);
    }

    /** Starts the JVM and returns at once: it boots while the rest of the stack starts; see {@link #awaitReady()}. */
    synchronized void start() {
        List<String> command = List.of(ChildProcess.javaExecutable(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1",
                // explicit ports rather than -Dgreenmail.setup.test.smtp/imap (3025/3143), so they can be chosen
                "-Dgreenmail.smtp.hostname=" + Ports.LOOPBACK, "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=" + Ports.LOOPBACK, "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.hostname=" + Ports.LOOPBACK,
                "-Dgreenmail.api.hostname=" + Ports.LOOPBACK,
                "-Dgreenmail.api.port=" + apiPort,
                "-jar", jar.toString());
        watch.checkNotStopped();
        log.info("Starting GreenMail (SMTP {}, IMAP {}, API {})", smtpPort, imapPort, apiPort);
        process = ChildProcess.start("GreenMail", command, logFile);
    }

    /**
     * Waits until its API answers. A port picked free can be taken by someone else before the child JVM binds it;
     * with picked ports (not configured ones) the child is restarted on fresh ports, at most twice.
     */
    void awaitReady() {
        for (int attempt = 1; ; attempt++) {
            try {
                awaitReadiness();
                return;
            } catch (LocalStackException e) {
                if (!portsPicked || attempt >= PORT_CLASH_ATTEMPTS || !logContains("BindException")) {
                    throw e;
                }
                log.warn("GreenMail could not bind its ports ({}, {}, {}); retrying on fresh ones", smtpPort, imapPort,
                        apiPort);
                synchronized (this) {
                    Objects.requireNonNull(process).stop(STOP_GRACE);
                    process = null;
                    smtpPort = Ports.orFree(0);
                    imapPort = Ports.orFree(0);
                    apiPort = Ports.orFree(0);
                }
                start();
            }
        }
    }

    private void awaitReadiness() {
        ChildProcess started;
        synchronized (this) {
            watch.checkNotStopped();
            started = Objects.requireNonNull(process, "GreenMail was not started");
        }
        URI readiness = URI.create("http://" + Ports.LOOPBACK + ":" + apiPort + "/api/service/readiness");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!watch.answers200(readiness)) {
            watch.checkNotStopped();
            // GreenMail's JVM can outlive a failed bind, so its log is the quicker witness
            if (!started.isAlive()) {
                throw StartupWatch.died(started);
            }
            if (logContains("Could not start mail server")) {
                throw new LocalStackException("GreenMail could not start; see " + started.logFile()
                        + System.lineSeparator() + started.tail(StartupWatch.LOG_TAIL_LINES));
            }
            if (System.nanoTime() > deadline) {
                throw StartupWatch.timedOut(started, START_TIMEOUT);
            }
            StartupWatch.pause(200);
        }
        log.info("GreenMail ready");
    }

    private boolean logContains(String text) {
        try {
            return Files.readString(logFile).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized int smtpPort() {
        return smtpPort;
    }

    synchronized int imapPort() {
        return imapPort;
    }

    synchronized int apiPort() {
        return apiPort;
    }

    /** Its HTTP API, e.g. {@code http://127.0.0.1:8025}. */
    URI apiUrl() {
        return URI.create("http://" + Ports.LOOPBACK + ":" + apiPort());
    }

    /** {@code GET} lists the mails received for {@code email} as a JSON array (subject, mimeMessage, …). */
    URI messagesUrl(String email) {
        try {
            // the multi-argument constructor quotes what must be quoted and keeps '@' readable
            return new URI("http", null, Ports.LOOPBACK, apiPort(), "/api/user/" + email + "/messages/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not usable in a URL: " + email, e);
        }
    }

    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("GreenMail is not running");
        }
        return process.pid();
    }

    synchronized boolean isRunning() {
        return process != null;
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            log.info("Stopping GreenMail");
            process.stop(STOP_GRACE);
            process = null;
        }
    }
}
