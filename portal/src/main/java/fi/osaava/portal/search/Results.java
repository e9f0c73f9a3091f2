package fi.osaava.portal.search;

import java.util.List;

/**
 * A page of a catalogue search as the catalogue answers it. {@code truncated}: the free text had more candidates
 * than the catalogue ranks, so a narrower search may find more.
 */
public record Results<T>(List<T> items, long total, int page, int size, boolean truncated) {

    public static <T> Results<T> none() {
        return new Results<>(List.of(), 0, 0, Search.PAGE_SIZE, false);
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / Math.max(1, size));
    }
}
