package fi.osaava.membership.organisation;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
class MembershipConfiguration {

    /** Binding {@code organisations-out} has destination {@code membership.organisations.v1}. */
    @Bean
    OutboxRoute organisationEvents() {
        return new OutboxRoute("organisations", "organisations-out");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
