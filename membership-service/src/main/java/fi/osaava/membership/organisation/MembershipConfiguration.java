package fi.osaava.membership.organisation;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class MembershipConfiguration {

    /** Binding {@code organisations-out} has destination {@code membership.organisations.v1}. */
    @Bean
    OutboxRoute organisationEvents() {
        return new OutboxRoute("organisations", "organisations-out");
    }

    /** The public member list (names, types, rings; no contact data) is open to anyone. */
    @Bean
    PublicEndpoints publicMemberList() {
        return PublicEndpoints.get("/api/organisations", "/api/organisations/*");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
