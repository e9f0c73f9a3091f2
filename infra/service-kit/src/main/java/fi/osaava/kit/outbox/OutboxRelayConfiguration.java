package fi.osaava.kit.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.task.PeriodicTask;

/** Starts the relay loop unless {@code osaava.outbox.relay-enabled=false} (tests that drive the relay by hand). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "osaava.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
public class OutboxRelayConfiguration {

    /** Runs the relay on its own thread, a sweep every {@code osaava.outbox.relay-interval}. */
    @Bean
    PeriodicTask outboxRelayLoop(OutboxRelay relay, OutboxProperties properties) {
        return new PeriodicTask("outbox-relay", properties.relayInterval(), relay::relay);
    }
}
