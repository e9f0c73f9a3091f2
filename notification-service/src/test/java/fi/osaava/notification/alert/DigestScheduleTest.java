package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.subscription.Cadence;

/** When a waiting alert's digest goes out: 07:00 Helsinki time, daily or on Mondays. */
class DigestScheduleTest {

    static final DigestProperties HELSINKI = new DigestProperties(LocalTime.of(7, 0), DayOfWeek.MONDAY,
            ZoneId.of("Europe/Helsinki"), Duration.ofSeconds(30));

    static Instant next(Cadence cadence, String now) {
        return Digests.nextSlot(cadence, Instant.parse(now), HELSINKI);
    }

    @Test
    void aDailyDigestGoesAtSevenInTheMorningHelsinkiTimeTheSameDayOrTheNext() {
        // Monday 23 Nov 2026, winter time (UTC+2): 07:00 is 05:00Z
        assertThat(next(Cadence.DAILY, "2026-11-23T04:59:59Z")).isEqualTo("2026-11-23T05:00:00Z");
        assertThat(next(Cadence.DAILY, "2026-11-23T05:00:00Z")).as("the slot itself is past").isEqualTo("2026-11-24T05:00:00Z");
        assertThat(next(Cadence.DAILY, "2026-11-23T21:30:00Z")).as("23:30 local").isEqualTo("2026-11-24T05:00:00Z");
        assertThat(next(Cadence.DAILY, "2026-11-23T22:30:00Z")).as("00:30 local, already the 24th")
                .isEqualTo("2026-11-24T05:00:00Z");
    }

    @Test
    void theLocalTimeHoldsAcrossTheChangeToSummerTime() {
        // clocks go forward on Sunday 28 Mar 2027: 07:00 is 05:00Z before and 04:00Z after
        assertThat(next(Cadence.DAILY, "2027-03-27T06:00:00Z")).isEqualTo("2027-03-28T04:00:00Z");
        assertThat(next(Cadence.DAILY, "2027-03-28T06:00:00Z")).isEqualTo("2027-03-29T04:00:00Z");
    }

    @Test
    void aWeeklyDigestGoesOnTheNextMondayMorning() {
        assertThat(next(Cadence.WEEKLY, "2026-11-23T04:00:00Z")).as("Monday before seven").isEqualTo("2026-11-23T05:00:00Z");
        assertThat(next(Cadence.WEEKLY, "2026-11-23T06:00:00Z")).as("Monday after seven").isEqualTo("2026-11-30T05:00:00Z");
        assertThat(next(Cadence.WEEKLY, "2026-11-26T12:00:00Z")).as("Thursday").isEqualTo("2026-11-30T05:00:00Z");
        assertThat(next(Cadence.WEEKLY, "2026-11-29T22:30:00Z")).as("00:30 Monday local").isEqualTo("2026-11-30T05:00:00Z");
    }
}
