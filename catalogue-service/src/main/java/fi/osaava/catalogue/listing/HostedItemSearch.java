package fi.osaava.catalogue.listing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.search.TextQuery;
import fi.osaava.kit.search.TextSearches;

/**
 * A search over one kind of hosted item: the kind adds its own filters, then the shared ones (a competence area
 * with its narrower ones, a region, the host), free text and order are applied the same way for all.
 */
public final class HostedItemSearch<T extends HostedItem<?>> {

    private final Class<T> kind;
    private final List<Criteria> filters = new ArrayList<>();

    private HostedItemSearch(Class<T> kind) {
        this.kind = kind;
    }

    public static <T extends HostedItem<?>> HostedItemSearch<T> of(Class<T> kind) {
        return new HostedItemSearch<>(kind);
    }

    /** A filter of the kind's own, e.g. its status. */
    public HostedItemSearch<T> where(Criteria filter) {
        filters.add(filter);
        return this;
    }

    /** The shared filters; null = any. */
    public HostedItemSearch<T> hostedFor(@Nullable String competenceArea, @Nullable String region,
                                         @Nullable String organisationId) {
        if (competenceArea != null) {
            filters.add(Criteria.where("competenceAreas").in(ReferenceData.get().withNarrower(competenceArea)));
        }
        if (region != null) {
            filters.add(Criteria.where("regions").is(region));
        }
        if (organisationId != null) {
            filters.add(Criteria.where("organisationId").is(organisationId));
        }
        return this;
    }

    /** By relevance to the text when there is one and newest is not asked for, else newest first. */
    public SearchResult<T> find(MongoOperations mongo, @Nullable String text, boolean newestFirst, Pageable page) {
        Criteria all = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
        return TextSearches.search(mongo, kind, all, text == null ? null : TextQuery.of(text), !newestFirst,
                HostedItem::search, page, Sort.by(Sort.Direction.DESC, "createdAt"));
    }
}
