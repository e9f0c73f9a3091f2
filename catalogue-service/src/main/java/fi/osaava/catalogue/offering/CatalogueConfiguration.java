package fi.osaava.catalogue.offering;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfferingProperties.class)
class CatalogueConfiguration {

    /** Binding {@code offerings-out} has destination {@code catalogue.offerings.v1}. */
    @Bean
    OutboxRoute offeringEvents() {
        return new OutboxRoute("offerings", "offerings-out");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
