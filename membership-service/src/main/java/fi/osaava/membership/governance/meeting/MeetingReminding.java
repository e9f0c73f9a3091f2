package fi.osaava.membership.governance.meeting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.task.PeriodicTask;
import fi.osaava.membership.governance.GovernanceProperties;

@Configuration(proxyBeanMethods = false)
class MeetingReminding {

    /** Binding {@code governance-out} has destination {@code membership.governance.v1}. */
    @Bean
    OutboxRoute meetingEvents() {
        return new OutboxRoute("meetings", "governance-out");
    }

    /** Every instance runs it; {@link MeetingManagement#remindUpcoming()} makes that safe. */
    @Bean
    PeriodicTask upcomingMeetingReminderTask(MeetingManagement meetings, GovernanceProperties properties) {
        return new PeriodicTask("upcoming-meeting-reminders", properties.reminderInterval(), meetings::remindUpcoming);
    }
}
