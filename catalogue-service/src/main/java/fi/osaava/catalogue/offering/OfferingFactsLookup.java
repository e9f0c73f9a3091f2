package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the offering feature lets the others read of its offerings: {@link OfferingFacts}, read with a projection
 * of just those fields, so a report over many offerings does not load their texts and search grams.
 */
@Component
public class OfferingFactsLookup {

    private final MongoOperations mongo;

    public OfferingFactsLookup(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<OfferingFacts> find(String offeringId) {
        Query query = new Query(Criteria.where("_id").is(offeringId));
        include(query);
        return Optional.ofNullable(mongo.findOne(query, Document.class, collection()))
                .map(OfferingFactsLookup::toFacts);
    }

    /**
     * The offerings that reached PUBLISHED (also those later withdrawn or archived: they have a
     * {@code publishedAt}; an archived one, or a published one from before {@code publishedAt}, counts by its
     * status) of one provider or of all, starting within [from, to).
     */
    public List<OfferingFacts> everPublished(@Nullable String providerOrganisationId, @Nullable Instant from,
                                             @Nullable Instant to) {
        List<Criteria> all = new ArrayList<>(List.of(new Criteria().orOperator(Criteria.where("publishedAt").ne(null),
                Criteria.where("status").in(OfferingStatus.PUBLISHED.name(), OfferingStatus.ARCHIVED.name()))));
        if (providerOrganisationId != null) {
            all.add(Criteria.where("providerOrganisationId").is(providerOrganisationId));
        }
        if (from != null || to != null) {
            Criteria starts = Criteria.where("startsAt");
            if (from != null) {
                starts = starts.gte(Date.from(from));
            }
            if (to != null) {
                starts = starts.lt(Date.from(to));
            }
            all.add(starts);
        }
        Query query = new Query(new Criteria().andOperator(all));
        include(query);
        return mongo.find(query, Document.class, collection()).stream().map(OfferingFactsLookup::toFacts).toList();
    }

    private String collection() {
        return mongo.getCollectionName(Offering.class);
    }

    private static void include(Query query) {
        query.fields().include("providerOrganisationId", "status", "title", "category", "pricing.kind", "capacity",
                "registrationDeadline", "startsAt", "endsAt");
    }

    private static OfferingFacts toFacts(Document offering) {
        Object pricing = offering.get("pricing");
        Object capacity = offering.get("capacity");
        return new OfferingFacts(String.valueOf(offering.get("_id")),
                String.valueOf(offering.get("providerOrganisationId")), String.valueOf(offering.get("status")),
                offering.getString("title"), offering.getString("category"),
                pricing instanceof Document p ? p.getString("kind") : null,
                capacity instanceof Number n ? n.intValue() : null, instant(offering.get("registrationDeadline")),
                instant(offering.get("startsAt")), instant(offering.get("endsAt")));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof String text ? Instant.parse(text) : null;
    }
}
