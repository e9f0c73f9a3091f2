package fi.osaava.load;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds (up to an hour, 3 significant digits), recorded from any thread. */
final class Latencies {

    private static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    long count() {
        return histogram.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }

    /** e.g. {@code p50 32 ms · p99 71 ms · max 90 ms (n=600)}, or {@code no samples}. */
    String summary() {
        if (count() == 0) {
            return "no samples";
        }
        return "p50 " + millis(percentileMillis(50)) + " · p99 " + millis(percentileMillis(99)) + " · max "
                + millis(maxMillis()) + " (n=" + count() + ")";
    }

    static String millis(double millis) {
        if (millis >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        return millis >= 10 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
