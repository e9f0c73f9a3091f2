package fi.osaava.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's log says about its Kafka consumer group: the newest generation its consumers joined (every
 * rebalance makes a new one) and how often a consumer was evicted for polling too late. Read before the first
 * scenario and after the last, the differences are what the run caused; the joins of the start-up are not.
 */
final class ConsumerGroupLog {

    private static final Pattern JOINED = Pattern.compile(
            "groupId=([^\\]]+)\\] Successfully joined group with generation Generation\\{generationId=(\\d+)");
    static final String EVICTED = "consumer poll timeout has expired";

    /** @param generation the newest generation the group's consumers joined, -1 if none */
    record Snapshot(int generation, long evictions) {

        String since(Snapshot before) {
            int rebalances = Math.max(0, generation - before.generation);
            long evicted = evictions - before.evictions;
            return rebalances + " rebalance" + (rebalances == 1 ? "" : "s") + ", " + evicted + " eviction"
                    + (evicted == 1 ? "" : "s");
        }

        boolean quietSince(Snapshot before) {
            return generation == before.generation && evictions == before.evictions;
        }
    }

    private ConsumerGroupLog() {
    }

    static Snapshot read(Path log, String group) {
        if (!Files.isRegularFile(log)) {
            return new Snapshot(-1, 0);
        }
        try {
            return parse(Files.readAllLines(log, StandardCharsets.ISO_8859_1), group);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Snapshot parse(List<String> lines, String group) {
        int generation = -1;
        long evictions = 0;
        for (String line : lines) {
            if (!line.contains("groupId=" + group + "]")) {
                continue;
            }
            Matcher joined = JOINED.matcher(line);
            if (joined.find() && joined.group(1).equals(group)) {
                generation = Math.max(generation, Integer.parseInt(joined.group(2)));
            } else if (line.contains(EVICTED)) {
                evictions++;
            }
        }
        return new Snapshot(generation, evictions);
    }
}
