package fi.osaava.catalogue.offering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.search.FacetCounts;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.search.TextQuery;
import fi.osaava.kit.search.TextSearches;

/**
 * The tray's search: free text in any language, filters, facet counts, paging, order by relevance or
 * start. The same on MongoDB and on the embedded store (no {@code $text}).
 * <p>
 * The competence-area facet counts an offering under each of its areas and each broader one, once: the count
 * beside an area is what choosing it finds, as a search by an area also finds its narrower ones.
 */
@Service
public class OfferingFinder {

    /** The facets, by the name the API shows and the document field they count. */
    static final Map<String, String> FACETS = facets();
    private static final String AREAS = "competenceAreas";

    private final MongoOperations mongo;

    OfferingFinder(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public record Found(SearchResult<Offering> page, Map<String, Map<String, Long>> facets) {
    }

    public Found search(OfferingSearch search, Pageable page) {
        Criteria filters = filters(search);
        Sort byStart = Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id"));
        TextQuery text = search.text() == null ? null : TextQuery.of(search.text());
        if (text == null || text.isEmpty()) {
            SearchResult<Offering> result = TextSearches.search(mongo, Offering.class, filters, null, false,
                    Offering::search, page, byStart);
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>(FacetCounts.inStore(mongo, "offerings",
                    filters, FACETS.values().stream().filter(field -> !field.equals(AREAS)).toList()));
            counts.put(AREAS, areasWithBroader(filters));
            return new Found(result, rename(counts));
        }
        TextSearches.Ranked<Offering> ranked = TextSearches.rank(mongo, Offering.class, filters, text,
                search.order() == OfferingSearch.Order.RELEVANCE, Offering::search, byStart);
        return new Found(TextSearches.page(ranked, page), FacetCounts.inMemory(ranked.items(), dimensions()));
    }

    /** Grouped by each offering's whole set of areas, so that an offering counts once under a broader area. */
    private Map<String, Long> areasWithBroader(Criteria filters) {
        List<Document> sets = mongo.aggregate(Aggregation.newAggregation(Aggregation.match(filters),
                Aggregation.group(AREAS).count().as("count")), "offerings", Document.class).getMappedResults();
        Map<String, Long> counts = new TreeMap<>();
        for (Document set : sets) {
            Collection<?> areas = set.get("_id") instanceof Collection<?> codes ? codes : List.of();
            long count = ((Number) set.get("count")).longValue();
            withBroader(areas.stream().map(String::valueOf).toList())
                    .forEach(code -> counts.merge(code, count, Long::sum));
        }
        return counts;
    }

    private static Set<String> withBroader(Collection<String> areas) {
        Set<String> all = new LinkedHashSet<>();
        areas.forEach(area -> all.addAll(ReferenceData.get().withBroader(area)));
        return all;
    }

    private static Criteria filters(OfferingSearch search) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(OfferingStatus.PUBLISHED));
        if (search.region() != null) {
            all.add(Criteria.where("regions").is(search.region()));
        }
        if (search.category() != null) {
            all.add(Criteria.where("category").is(search.category()));
        }
        if (search.targetGroup() != null) {
            all.add(Criteria.where("targetGroups").is(search.targetGroup()));
        }
        if (search.competenceArea() != null) {
            all.add(Criteria.where("competenceAreas").in(ReferenceData.get().withNarrower(search.competenceArea())));
        }
        if (search.language() != null) {
            all.add(Criteria.where("teachingLanguages").is(search.language()));
        }
        if (search.deliveryMode() != null) {
            all.add(Criteria.where("delivery.mode").is(search.deliveryMode()));
        }
        if (search.pricing() != null) {
            all.add(Criteria.where("pricing.kind").is(search.pricing()));
        }
        if (search.startsFrom() != null || search.startsTo() != null) {
            Criteria starts = Criteria.where("startsAt");
            if (search.startsFrom() != null) {
                starts = starts.gte(search.startsFrom());
            }
            if (search.startsTo() != null) {
                starts = starts.lte(search.startsTo());
            }
            all.add(starts);
        }
        if (search.priceMin() != null && search.priceMin().signum() > 0) {
            all.add(Criteria.where("pricing.priceEur").gte(search.priceMin()));
        }
        if (search.priceMax() != null) {
            // free and funded offerings have no price: the participant pays nothing
            all.add(new Criteria().orOperator(Criteria.where("pricing.priceEur").lte(search.priceMax()),
                    Criteria.where("pricing.kind").in(PricingKind.FREE, PricingKind.FUNDED)));
        }
        if (search.providerOrganisationId() != null) {
            all.add(Criteria.where("providerOrganisationId").is(search.providerOrganisationId()));
        }
        return new Criteria().andOperator(all);
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("category", "category");
        facets.put("targetGroup", "targetGroups");
        facets.put("competenceArea", AREAS);
        facets.put("region", "regions");
        facets.put("deliveryMode", "delivery.mode");
        facets.put("pricing", "pricing.kind");
        facets.put("language", "teachingLanguages");
        return facets;
    }

    private static Map<String, Map<String, Long>> rename(Map<String, Map<String, Long>> byField) {
        Map<String, Map<String, Long>> byName = new LinkedHashMap<>();
        FACETS.forEach((name, field) -> byName.put(name, byField.getOrDefault(field, Map.of())));
        return byName;
    }

    private static Map<String, Function<Offering, Collection<String>>> dimensions() {
        Map<String, Function<Offering, Collection<String>>> dimensions = new LinkedHashMap<>();
        dimensions.put("category", o -> List.of(o.category().name()));
        dimensions.put("targetGroup", o -> o.targetGroups().stream().map(Enum::name).toList());
        dimensions.put("competenceArea", o -> withBroader(o.competenceAreas()));
        dimensions.put("region", Offering::regions);
        dimensions.put("deliveryMode", o -> o.delivery() == null ? List.of() : List.of(o.delivery().mode().name()));
        dimensions.put("pricing", o -> o.pricing() == null ? List.of() : List.of(o.pricing().kind().name()));
        dimensions.put("language", Offering::teachingLanguages);
        return dimensions;
    }
}
