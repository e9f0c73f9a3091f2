package fi.osaava.membership.ecosystem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
class EcosystemConfiguration {

    /** Binding {@code ecosystems-out} has destination {@code membership.ecosystems.v1}. */
    @Bean
    OutboxRoute ecosystemEvents() {
        return new OutboxRoute("ecosystems", "ecosystems-out");
    }
}
