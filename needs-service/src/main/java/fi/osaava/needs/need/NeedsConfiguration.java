package fi.osaava.needs.need;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.http.HttpMethod;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.security.RoleEndpoints;

@Configuration(proxyBeanMethods = false)
class NeedsConfiguration {

    /** Binding {@code needs-out} has destination {@code needs.competence-needs.v1} (application.yml). */
    @Bean
    OutboxRoute competenceNeedEvents() {
        return new OutboxRoute("competence_needs", "needs-out");
    }

    /** Setting a priority is the coordinator's; others are refused before the body is read. */
    @Bean
    RoleEndpoints coordinatorEndpoints() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.PUT, "/api/needs/*/priority");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
