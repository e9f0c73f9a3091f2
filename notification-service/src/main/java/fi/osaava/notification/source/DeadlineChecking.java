package fi.osaava.notification.source;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.task.PeriodicTask;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Pre-registration deadlines coming near are alerted by one instance at a time (a cluster lock), every
 * {@code osaava.alerts.deadline-check-interval}; the alert's event id is the offering and its deadline, so a second
 * run could record nothing twice anyway.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineChecking {

    @Bean
    PeriodicTask deadlineAlertTask(UpcomingDeadlines deadlines,
                                   @Value("${osaava.alerts.deadline-check-interval:60s}") Duration interval,
                                           LockingTaskExecutor locks) {
        return PeriodicTask.oncePerCluster("deadline-alerts", interval, deadlines::raiseDue, locks);
    }
}
