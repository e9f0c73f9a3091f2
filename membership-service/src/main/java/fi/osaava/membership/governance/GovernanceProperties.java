package fi.osaava.membership.governance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderInterval   how often annual-clock entries and meetings coming due are looked for
 * @param meetingReminderDays how many days before a meeting its "upcoming" reminder goes out
 */
@ConfigurationProperties("osaava.governance")
public record GovernanceProperties(@DefaultValue("15m") Duration reminderInterval,
                                   @DefaultValue("7") int meetingReminderDays) {
}
