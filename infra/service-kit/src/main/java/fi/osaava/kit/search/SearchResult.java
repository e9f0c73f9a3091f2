package fi.osaava.kit.search;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search: the items, how many match in all, and whether the free-text part had more
 * candidates than it ranks ({@code truncated}: narrow the search to see the rest).
 */
public record SearchResult<T>(List<T> items, long total, int page, int size, boolean truncated) {

    public <R> SearchResult<R> map(Function<? super T, ? extends R> mapping) {
        return new SearchResult<>(items.stream().<R>map(mapping).toList(), total, page, size, truncated);
    }
}
