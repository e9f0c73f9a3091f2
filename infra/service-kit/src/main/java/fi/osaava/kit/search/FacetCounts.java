package fi.osaava.kit.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.FacetOperation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * How many matching documents have each value of some fields (arrays count each element once), for
 * the counts beside a search's filters. In the store with one {@code $facet} aggregation when all
 * matches are selected by a query; here, over the ranked matches, when free text decided them.
 */
public final class FacetCounts {

    private FacetCounts() {
    }

    /** Counts per value of each field over the documents matching {@code filters}; values sorted. */
    public static Map<String, Map<String, Long>> inStore(MongoOperations mongo, String collection, Criteria filters,
                                                         List<String> fields) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        FacetOperation facet = null;
        for (String field : fields) {
            AggregationOperation unwind = Aggregation.unwind(field, false);
            AggregationOperation group = Aggregation.group(field).count().as("count");
            facet = facet == null ? Aggregation.facet(unwind, group).as(key(field))
                    : facet.and(unwind, group).as(key(field));
        }
        Document result = mongo.aggregate(Aggregation.newAggregation(Aggregation.match(filters), facet), collection,
                Document.class).getUniqueMappedResult();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Long> byValue = new TreeMap<>();
            List<?> buckets = result == null ? List.of() : result.getList(key(field), Document.class, List.of());
            for (Object bucket : buckets) {
                Document entry = (Document) bucket;
                Object value = entry.get("_id");
                if (value != null) {
                    byValue.put(value.toString(), ((Number) entry.get("count")).longValue());
                }
            }
            counts.put(field, byValue);
        }
        return counts;
    }

    /** Counts per value of each dimension over items already in hand (the ranked matches of a text search). */
    public static <T> Map<String, Map<String, Long>> inMemory(Collection<T> items,
                                                              Map<String, Function<T, Collection<String>>> dimensions) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        dimensions.forEach((name, values) -> {
            Map<String, Long> byValue = new TreeMap<>();
            for (T item : items) {
                values.apply(item).stream().distinct().forEach(value -> byValue.merge(value, 1L, Long::sum));
            }
            counts.put(name, byValue);
        });
        return counts;
    }

    private static String key(String field) {
        return field.replace('.', '_');
    }
}
