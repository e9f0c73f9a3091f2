package fi.osaava.notification.matching;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The values of one dimension (areas, regions, ...) numbered densely as the index meets them, so that a
 * set of values is a bitset and "shares a value" is a few {@code AND}s. Only the index's writer numbers
 * new values; readers only look numbers up, and a value no subscription has ever named has none (it can
 * pass no filter). Numbers are never taken back: there are only as many as the vocabulary has words.
 */
final class Vocabulary {

    private static final long[] NONE = new long[0];

    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    /** How many values have a number; written by the single writer only, after the number is in the map. */
    private volatile int size;

    /** The value's number, giving it one if it has none yet (the writer only). */
    int number(String value) {
        Integer number = numbers.get(value);
        if (number == null) {
            number = size;
            numbers.put(value, number);
            size = number + 1;
        }
        return number;
    }

    /**
     * How many values have a number. Read before {@link #find}, it tells a reader which numbers are newer
     * than its look-ups: a value it did not find, if numbered since, has a number at least this.
     */
    int size() {
        return size;
    }

    /** The value's number, or -1 if no subscription ever named it. */
    int find(String value) {
        return numbers.getOrDefault(value, -1);
    }

    /** A filter as a bitset, numbering new values (the writer only); {@code null} for an empty filter. */
    long @Nullable [] filter(Set<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] bits = NONE;
        for (String value : values) {
            bits = set(bits, number(value));
        }
        return bits;
    }

    /** An event's values as a bitset of the numbered ones (any thread). */
    long[] values(Set<String> values) {
        long[] bits = NONE;
        for (String value : values) {
            int number = find(value);
            if (number >= 0) {
                bits = set(bits, number);
            }
        }
        return bits;
    }

    /** Whether an event's values pass a filter: an empty one ({@code null}) lets everything through. */
    static boolean passes(long @Nullable [] filter, long[] values) {
        if (filter == null) {
            return true;
        }
        int words = Math.min(filter.length, values.length);
        for (int i = 0; i < words; i++) {
            if ((filter[i] & values[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static long[] set(long[] bits, int number) {
        int word = number >>> 6;
        long[] grown = word < bits.length ? bits : Arrays.copyOf(bits, word + 1);
        grown[word] |= 1L << number;
        return grown;
    }
}
