package fi.osaava.catalogue.preregistration;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the offering document raw, by the agreed field names only, so pre-registration does not depend on the
 * offering model's Java classes (which change independently) — only on the stored fields' names and meaning.
 */
@Component
class MongoOfferingCatalogue implements OfferingCatalogue {

    static final String COLLECTION = "offerings";

    private final MongoOperations mongo;

    MongoOfferingCatalogue(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<OfferingTerms> terms(String offeringId) {
        Query query = new Query(Criteria.where("_id").is(offeringId));
        query.fields().include("providerOrganisationId", "status", "title", "startsAt", "registrationDeadline",
                "pricing", "capacity");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(d -> toTerms(offeringId, d));
    }

    private static OfferingTerms toTerms(String offeringId, Document offering) {
        Object pricing = offering.get("pricing");
        String kind = pricing instanceof Document p ? p.getString("kind") : null;
        Object capacity = offering.get("capacity");
        return new OfferingTerms(offeringId, String.valueOf(offering.get("providerOrganisationId")),
                String.valueOf(offering.get("status")), offering.getString("title"), kind,
                capacity instanceof Number n ? n.intValue() : null,
                instant(offering.get("registrationDeadline")), instant(offering.get("startsAt")));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof String text ? Instant.parse(text) : null;
    }
}
