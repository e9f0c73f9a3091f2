package fi.osaava.portal.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A page of a catalogue search as the catalogue answers it. {@code truncated}: the free text had more candidates
 * than the catalogue ranks, so a narrower search may find more. {@code facets}: where the catalogue counts them
 * (the tray), how many of all matches have each value of a filter (filter → value → count); else empty.
 */
public record Results<T>(List<T> items, long total, int page, int size, boolean truncated,
                         Map<String, Map<String, Long>> facets) {

    public Results {
        // absent where the catalogue counts none (thesis topics, networks)
        facets = facets == null ? Map.of() : facets;
    }

    public Results(List<T> items, long total, int page, int size, boolean truncated) {
        this(items, total, page, size, truncated, Map.of());
    }

    public static <T> Results<T> none() {
        return new Results<>(List.of(), 0, 0, Search.PAGE_SIZE, false);
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / Math.max(1, size));
    }
}
