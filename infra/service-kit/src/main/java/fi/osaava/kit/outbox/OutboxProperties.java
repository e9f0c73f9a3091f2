package fi.osaava.kit.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param source        {@code ce_source} of every event this service publishes, e.g. {@code /osaava/needs-service}
 * @param relayInterval pause between two sweeps of the outboxes
 * @param batchSize     aggregates taken per collection and sweep
 */
@ConfigurationProperties("osaava.outbox")
public record OutboxProperties(
        @DefaultValue("/osaava/unnamed-service") String source,
        @DefaultValue("200ms") Duration relayInterval,
        @DefaultValue("100") int batchSize) {
}
