package fi.osaava.catalogue.preregistration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
class PreRegistrationConfiguration {

    /** Binding {@code preRegistrations-out} has destination {@code catalogue.pre-registrations.v1}. */
    @Bean
    OutboxRoute preRegistrationEvents() {
        return OutboxRoute.withoutVersion(SeatLedger.COLLECTION, "preRegistrations-out");
    }
}
