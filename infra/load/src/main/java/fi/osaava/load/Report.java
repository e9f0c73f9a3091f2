package fi.osaava.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The one table a run prints. A row is one figure; a rate also appears as a ratio to the raw Kafka producer
 * rate of the same run (and, for mail, to the sink's own raw rate), so runs on machines of different speed
 * can be compared.
 */
final class Report {

    /**
     * @param rate  events, mails or documents per second, when the figure is a rate (for the ratio columns)
     * @param mail  the rate is mails accepted by the sink (so it is also compared with the sink's raw rate)
     */
    record Row(String scenario, String figure, String value, OptionalDouble rate, boolean mail, String target,
               String notes) {
    }

    private final List<Row> rows = new ArrayList<>();
    private OptionalDouble rawKafka = OptionalDouble.empty();
    private OptionalDouble rawStore = OptionalDouble.empty();
    private OptionalDouble rawSink = OptionalDouble.empty();

    void rawKafka(double recordsPerSecond) {
        rawKafka = OptionalDouble.of(recordsPerSecond);
    }

    void rawStore(double insertsPerSecond) {
        rawStore = OptionalDouble.of(insertsPerSecond);
    }

    void rawSink(double mailsPerSecond) {
        rawSink = OptionalDouble.of(mailsPerSecond);
    }

    OptionalDouble rawSink() {
        return rawSink;
    }

    void rate(String scenario, String figure, double perSecond, String unit, boolean mail, String target, String notes) {
        rows.add(new Row(scenario, figure, perSecond(perSecond, unit), OptionalDouble.of(perSecond), mail, target,
                notes));
    }

    void value(String scenario, String figure, String value, String target, String notes) {
        rows.add(new Row(scenario, figure, value, OptionalDouble.empty(), false, target, notes));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** A markdown table: scenario, figure, value, the ratios, the target and what happened. */
    String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| scenario | figure | value | ÷ raw Kafka | ÷ raw store | ÷ raw sink | target | notes |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(cell(row.scenario()))
                    .append(" | ").append(cell(row.figure()))
                    .append(" | ").append(cell(row.value()))
                    .append(" | ").append(ratio(row.rate(), rawKafka))
                    .append(" | ").append(ratio(row.rate(), rawStore))
                    .append(" | ").append(row.mail() ? ratio(row.rate(), rawSink) : "")
                    .append(" | ").append(cell(row.target()))
                    .append(" | ").append(cell(row.notes()))
                    .append(" |\n");
        }
        return table.toString();
    }

    static String ratio(OptionalDouble value, OptionalDouble base) {
        if (value.isEmpty() || base.isEmpty() || base.getAsDouble() <= 0) {
            return "";
        }
        double ratio = value.getAsDouble() / base.getAsDouble();
        return ratio >= 0.1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "%.4f", ratio);
    }

    /** e.g. {@code 38,600 records/s} or {@code 9.8 needs/s} */
    static String perSecond(double value, String unit) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f %s/s" : "%.1f %s/s", value, unit);
    }

    /** e.g. {@code 12.3 s} */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** e.g. {@code 100,000} */
    static String thousands(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
