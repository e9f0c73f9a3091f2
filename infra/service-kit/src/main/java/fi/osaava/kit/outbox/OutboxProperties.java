package fi.osaava.kit.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param source        {@code ce_source} of every event this service publishes, e.g. {@code /osaava/needs-service}
 * @param sweepInterval pause between two sweeps of the whole outboxes: the safety net for events whose write sent
 *                      no signal (another instance's crash between write and publication, signals dropped); written
 *                      events are published at once, on their signal, and those that failed are tried again by
 *                      themselves (from half a second, doubling up to 30 s), so it can be long; every instance
 *                      also sweeps at start-up (what its own crash left) and when it dropped signals. Five minutes
 *                      by default: on MongoDB the sweep reads the sparse outbox index only, but on the embedded
 *                      store it reads whole collections and holds their writes while it does (measured: ~0.4 s
 *                      for 20,000 needs), which every minute showed in the tail of the need intake
 * @param batchSize     aggregates read per collection and query, by signal or by sweep
 * @param ackTimeout    how long the relay waits for the broker to acknowledge a batch; what is not acknowledged
 *                      by then stays in the outbox and goes again
 */
@ConfigurationProperties("osaava.outbox")
public record OutboxProperties(
        @DefaultValue("/osaava/unnamed-service") String source,
        @DefaultValue("5m") Duration sweepInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30s") Duration ackTimeout) {
}
