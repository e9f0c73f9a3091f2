package fi.osaava.membership.governance.clock;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.task.PeriodicTask;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import fi.osaava.membership.governance.GovernanceProperties;

/**
 * Looks for annual-clock occurrences coming due every {@code osaava.governance.reminder-interval} on its own
 * thread, on one instance at a time (a cluster lock); {@link AnnualClockManagement#remindDue()} is safe anyway.
 */
@Configuration(proxyBeanMethods = false)
class AnnualClockReminding {

    @Bean
    PeriodicTask annualClockReminderTask(AnnualClockManagement clock, GovernanceProperties properties,
            LockingTaskExecutor locks) {
        return PeriodicTask.oncePerCluster("annual-clock-reminders", properties.reminderInterval(),
                clock::remindDue, locks);
    }

    /** Reminders are only ever inserted, with their event: no version to bump. */
    @Bean
    OutboxRoute annualClockReminderEvents() {
        return OutboxRoute.withoutVersion("annual-clock-reminders", "governance-out");
    }
}
