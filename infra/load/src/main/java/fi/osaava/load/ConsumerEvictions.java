package fi.osaava.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts the Kafka consumer's own log lines in a service's log that mean a rebalance or an eviction: a
 * consumer (re)joining its group, giving partitions back, or leaving because it polled too late. Read once
 * before and once after the scenarios, the difference is what the run caused (start-up joins excluded).
 */
final class ConsumerEvictions {

    static final List<String> SIGNS = List.of("Successfully joined group with generation", "Revoke previously assigned partitions",
            "consumer poll timeout has expired", "Request joining group due to");

    private ConsumerEvictions() {
    }

    static long count(Path log) {
        if (!Files.isRegularFile(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(ConsumerEvictions::isSign).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    static boolean isSign(String line) {
        return SIGNS.stream().anyMatch(line::contains);
    }
}
