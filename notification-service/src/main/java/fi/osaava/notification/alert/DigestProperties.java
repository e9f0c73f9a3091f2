package fi.osaava.notification.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param time          local time of day when digests go out
 * @param weeklyOn      the day of the weekly digest
 * @param zone          whose local time
 * @param checkInterval how often the digester looks for digests that are due
 */
@ConfigurationProperties("osaava.digests")
public record DigestProperties(
        @DefaultValue("07:00") LocalTime time,
        @DefaultValue("MONDAY") DayOfWeek weeklyOn,
        @DefaultValue("Europe/Helsinki") ZoneId zone,
        @DefaultValue("30s") Duration checkInterval) {
}
