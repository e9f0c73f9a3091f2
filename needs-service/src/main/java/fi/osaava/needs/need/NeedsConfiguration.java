package fi.osaava.needs.need;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
class NeedsConfiguration {

    /** Binding {@code needs-out} has destination {@code needs.competence-needs.v1} (application.yml). */
    @Bean
    OutboxRoute competenceNeedEvents() {
        return new OutboxRoute("competence_needs", "needs-out");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
