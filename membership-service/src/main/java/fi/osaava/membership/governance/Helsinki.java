package fi.osaava.membership.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Governance runs on the ecosystems' local calendar: dates and "today" are those of Finland. */
public final class Helsinki {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private Helsinki() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
