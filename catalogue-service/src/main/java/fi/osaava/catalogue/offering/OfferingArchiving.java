package fi.osaava.catalogue.offering;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.task.PeriodicTask;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Archives ended offerings every {@code osaava.offerings.archive-interval} on its own thread, on one instance at a
 * time (a cluster lock); {@link OfferingManagement#archiveEnded()} would also be safe on several at once.
 */
@Configuration(proxyBeanMethods = false)
class OfferingArchiving {

    @Bean
    PeriodicTask offeringArchivingTask(OfferingManagement offerings, OfferingProperties properties,
            LockingTaskExecutor locks) {
        return PeriodicTask.oncePerCluster("offering-archiving", properties.archiveInterval(),
                offerings::archiveEnded, locks);
    }
}
