package fi.osaava.membership.governance.meeting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.task.PeriodicTask;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import fi.osaava.membership.governance.GovernanceProperties;

@Configuration(proxyBeanMethods = false)
class MeetingReminding {

    /** Binding {@code governance-out} has destination {@code membership.governance.v1}. */
    @Bean
    OutboxRoute meetingEvents() {
        return new OutboxRoute("meetings", "governance-out");
    }

    /** One instance at a time runs it (a cluster lock); {@link MeetingManagement#remindUpcoming()} is safe anyway. */
    @Bean
    PeriodicTask upcomingMeetingReminderTask(MeetingManagement meetings, GovernanceProperties properties,
            LockingTaskExecutor locks) {
        return PeriodicTask.oncePerCluster("upcoming-meeting-reminders", properties.reminderInterval(),
                meetings::remindUpcoming, locks);
    }
}
