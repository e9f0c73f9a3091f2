package fi.osaava.kit.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Filtered, paged search with optional free text, the same on MongoDB and on the embedded server.
 * Without text: a plain query, sorted and paged in the store. With text: candidates are selected in
 * the store by filters and trigrams (at most {@value #MAX_CANDIDATES}), scored by {@link TextQuery},
 * and sorted by relevance (or by the given order) and paged here.
 */
public final class TextSearches {

    /** The field every searchable document keeps its {@link SearchText} in. */
    public static final String FIELD = "search";
    public static final String GRAMS = FIELD + ".grams";
    static final int MAX_CANDIDATES = 5_000;

    private TextSearches() {
    }

    public static <T> SearchResult<T> search(MongoOperations mongo, Class<T> type, Criteria filters,
                                             @Nullable TextQuery text, boolean byRelevance,
                                             Function<T, SearchText> searchText, Pageable page, Sort order) {
        if (text == null || text.isEmpty()) {
            Query query = Query.query(filters);
            long total = mongo.count(query, type);
            List<T> items = mongo.find(Query.query(filters).with(order).with(page), type);
            return new SearchResult<>(items, total, page.getPageNumber(), page.getPageSize(), false);
        }
        return page(rank(mongo, type, filters, text, byRelevance, searchText, order), page);
    }

    /** One page of ranked matches; {@code total} counts them all. */
    public static <T> SearchResult<T> page(Ranked<T> ranked, Pageable page) {
        List<T> matches = ranked.items();
        int from = (int) Math.min(page.getOffset(), matches.size());
        int to = Math.min(from + page.getPageSize(), matches.size());
        return new SearchResult<>(matches.subList(from, to), matches.size(), page.getPageNumber(), page.getPageSize(),
                ranked.truncated());
    }

    /** Every match of a free-text search (at most {@value #MAX_CANDIDATES} candidates), best first or in {@code order}. */
    public record Ranked<T>(List<T> items, boolean truncated) {
    }

    public static <T> Ranked<T> rank(MongoOperations mongo, Class<T> type, Criteria filters, TextQuery text,
                                     boolean byRelevance, Function<T, SearchText> searchText, Sort order) {
        Query candidates = Query.query(new Criteria().andOperator(filters, text.criteria(GRAMS)))
                .with(order).limit(MAX_CANDIDATES + 1);
        List<T> found = mongo.find(candidates, type);
        boolean truncated = found.size() > MAX_CANDIDATES;
        List<Scored<T>> matches = new ArrayList<>();
        for (int i = 0; i < Math.min(found.size(), MAX_CANDIDATES); i++) {
            T item = found.get(i);
            double score = text.score(searchText.apply(item));
            if (score > 0) {
                matches.add(new Scored<>(item, score, i));
            }
        }
        if (byRelevance) {
            matches.sort(Comparator.comparingDouble((Scored<T> s) -> -s.score()).thenComparingInt(Scored::position));
        }
        return new Ranked<>(matches.stream().map(Scored::item).toList(), truncated);
    }

    private record Scored<T>(T item, double score, int position) {
    }
}
