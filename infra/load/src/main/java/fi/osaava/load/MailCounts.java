package fi.osaava.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the sink accepted per recipient, and the proof the issue asks for: every recipient got exactly the mails
 * it was owed. Expected counts are added as needs are posted; the comparison is made at the end.
 */
final class MailCounts {

    /** Summed over recipients: mails owed but not accepted, and mails accepted more often than owed. */
    record Balance(long expected, long received, long missing, long duplicated, long unexpected) {
    }

    private final Map<String, LongAdder> received = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> expected = new ConcurrentHashMap<>();

    void accepted(String recipient) {
        received.computeIfAbsent(normalise(recipient), r -> new LongAdder()).increment();
    }

    void expect(String recipient, int mails) {
        expected.computeIfAbsent(normalise(recipient), r -> new LongAdder()).add(mails);
    }

    long receivedBy(String recipient) {
        LongAdder count = received.get(normalise(recipient));
        return count == null ? 0 : count.sum();
    }

    /** Only recipients whose address ends with {@code domain} count (the raw-rate mails go elsewhere). */
    Balance balance(String domain) {
        long owed = 0;
        long got = 0;
        long missing = 0;
        long duplicated = 0;
        long unexpected = 0;
        for (Map.Entry<String, LongAdder> entry : expected.entrySet()) {
            long want = entry.getValue().sum();
            long have = receivedBy(entry.getKey());
            owed += want;
            got += have;
            missing += Math.max(0, want - have);
            duplicated += Math.max(0, have - want);
        }
        for (Map.Entry<String, LongAdder> entry : received.entrySet()) {
            if (entry.getKey().endsWith(domain) && !expected.containsKey(entry.getKey())) {
                unexpected += entry.getValue().sum();
                got += entry.getValue().sum();
            }
        }
        return new Balance(owed, got, missing, duplicated, unexpected);
    }

    private static String normalise(String address) {
        return address.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
