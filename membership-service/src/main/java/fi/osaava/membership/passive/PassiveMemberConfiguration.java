package fi.osaava.membership.passive;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PassiveMemberProperties.class)
class PassiveMemberConfiguration {

    /** Binding {@code passive-members-out} has destination {@code membership.passive-members.v1}. */
    @Bean
    OutboxRoute passiveMemberEvents() {
        return new OutboxRoute("passive-members", "passive-members-out");
    }
}
