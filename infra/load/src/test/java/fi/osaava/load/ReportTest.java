package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void ratesAreAlsoShownAsRatiosToTheRawRatesOfTheSameRun() {
        Report report = new Report();
        report.rawKafka(40_000);
        report.rawStore(20_000);
        report.rawSink(4_000);
        report.rate("fan-out 10,000 recipients", "mails accepted", 3_000, "mails", true, "≥ 70 %", "");
        report.rate("need intake", "POST /api/needs", 500, "needs", false, "", "answers p50 1 ms");
        report.value("steady", "last mail", "p50 30 ms", "p50 ≤ 100 ms", "a | b");

        String[] lines = report.markdown().split("\n");

        assertThat(lines[0]).isEqualTo("| scenario | figure | value | ÷ raw Kafka | ÷ raw store | ÷ raw sink | target | notes |");
        assertThat(lines[2]).isEqualTo("| fan-out 10,000 recipients | mails accepted | 3,000 mails/s | 0.0750 | 0.15 | 0.75 | ≥ 70 % |  |");
        assertThat(lines[3]).isEqualTo("| need intake | POST /api/needs | 500 needs/s | 0.0125 | 0.0250 |  |  | answers p50 1 ms |");
        assertThat(lines[4]).as("a value has no ratio, and a pipe in a cell is escaped")
                .isEqualTo("| steady | last mail | p50 30 ms |  |  |  | p50 ≤ 100 ms | a \\| b |");
    }

    @Test
    void aRateBelowAHundredKeepsOneDecimal() {
        assertThat(Report.perSecond(9.84, "needs")).isEqualTo("9.8 needs/s");
        assertThat(Report.perSecond(38_612.4, "records")).isEqualTo("38,612 records/s");
    }

    @Test
    void durationsKeepOneDecimalOfASecondAndCountsTheirThousands() {
        assertThat(Report.seconds(12_345_000_000L)).isEqualTo("12.3 s");
        assertThat(Report.thousands(100_000)).isEqualTo("100,000");
    }

    @Test
    void latenciesAreSummarisedInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 100; i++) {
            latencies.recordNanos(i * 1_000_000L);
        }

        assertThat(latencies.summary()).isEqualTo("p50 50 ms · p99 99 ms · max 100 ms (n=100)");
        assertThat(new Latencies().summary()).isEqualTo("no samples");
    }
}
