package fi.osaava.kit.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the relay loop unless {@code osaava.outbox.relay-enabled=false} (tests that drive the relay by hand). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "osaava.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
public class OutboxRelayConfiguration {

    /** Publishes on signal, sweeps every {@code osaava.outbox.sweep-interval}, on a thread of its own. */
    @Bean
    OutboxRelayLoop outboxRelayLoop(OutboxRelay relay, OutboxSignals signals, OutboxProperties properties) {
        return new OutboxRelayLoop(relay, signals, properties);
    }
}
