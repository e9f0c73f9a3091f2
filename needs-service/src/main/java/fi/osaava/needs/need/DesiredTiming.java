package fi.osaava.needs.need;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When the reporter would like training to start: no earlier than {@code earliestStart} and no later
 * than {@code latestStart}, both optional (dates in Finnish time). An offering that starts outside the
 * window does not cover the need.
 */
public record DesiredTiming(@Nullable LocalDate earliestStart, @Nullable LocalDate latestStart) {

    public static final DesiredTiming ANY = new DesiredTiming(null, null);

    public boolean allowsStartOn(LocalDate start) {
        return (earliestStart == null || !start.isBefore(earliestStart))
                && (latestStart == null || !start.isAfter(latestStart));
    }
}
