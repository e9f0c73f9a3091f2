package fi.osaava.membership.governance.clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.task.PeriodicTask;
import fi.osaava.membership.governance.GovernanceProperties;

/**
 * Looks for annual-clock occurrences coming due every {@code osaava.governance.reminder-interval} on its own
 * thread. Every instance runs it; {@link AnnualClockManagement#remindDue()} makes that safe.
 */
@Configuration(proxyBeanMethods = false)
class AnnualClockReminding {

    @Bean
    PeriodicTask annualClockReminderTask(AnnualClockManagement clock, GovernanceProperties properties) {
        return new PeriodicTask("annual-clock-reminders", properties.reminderInterval(), clock::remindDue);
    }

    /** Reminders are only ever inserted, with their event: no version to bump. */
    @Bean
    OutboxRoute annualClockReminderEvents() {
        return OutboxRoute.withoutVersion("annual-clock-reminders", "governance-out");
    }
}
