package fi.osaava.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * What every start-up step of the stack shares: whether a stop was asked for meanwhile, the readiness probe, the
 * pause between probes and the errors that carry the tail of a failing process's log.
 */
final class StartupWatch {

    static final int LOG_TAIL_LINES = 40;
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final RestClient http = RestClient.builder().requestFactory(probeRequests()).build();
    private volatile boolean stopRequested;

    void requestStop() {
        stopRequested = true;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** @throws LocalStackException when the stack was stopped while it was starting */
    void checkNotStopped() {
        if (stopRequested) {
            throw new LocalStackException("the local stack was stopped while starting");
        }
    }

    private static JdkClientHttpRequestFactory probeRequests() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        return requests;
    }

    boolean answers200(URI uri) {
        if (Thread.currentThread().isInterrupted()) {
            throw new LocalStackException("interrupted while waiting for " + uri);
        }
        try {
            return http.get().uri(uri).exchange((request, response) -> response.getStatusCode().value() == 200);
        } catch (ResourceAccessException e) {
            return false;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while starting", e);
        }
    }

    static LocalStackException died(ChildProcess process) {
        String tail = process.tail(LOG_TAIL_LINES);
        log.error("{} exited with code {}; last lines of {}:{}{}", process.name(), process.exitValue(), process.logFile(),
                System.lineSeparator(), tail);
        return new LocalStackException(process.name() + " exited with code " + process.exitValue()
                + " during start-up; see " + process.logFile() + System.lineSeparator() + tail);
    }

    static LocalStackException timedOut(ChildProcess process, Duration timeout) {
        String tail = process.tail(LOG_TAIL_LINES);
        log.error("{} was not ready within {} s; last lines of {}:{}{}", process.name(), timeout.toSeconds(),
                process.logFile(), System.lineSeparator(), tail);
        return new LocalStackException(process.name() + " was not ready within " + timeout.toSeconds() + " s; see "
                + process.logFile() + System.lineSeparator() + tail);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
