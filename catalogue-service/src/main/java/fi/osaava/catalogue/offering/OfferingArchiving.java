package fi.osaava.catalogue.offering;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.task.PeriodicTask;

/**
 * Archives ended offerings every {@code osaava.offerings.archive-interval} on its own thread. Every instance
 * runs it; {@link OfferingManagement#archiveEnded()} makes that safe.
 */
@Configuration(proxyBeanMethods = false)
class OfferingArchiving {

    @Bean
    PeriodicTask offeringArchivingTask(OfferingManagement offerings, OfferingProperties properties) {
        return new PeriodicTask("offering-archiving", properties.archiveInterval(), offerings::archiveEnded);
    }
}
