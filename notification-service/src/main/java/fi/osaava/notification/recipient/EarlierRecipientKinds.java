package fi.osaava.notification.recipient;

import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.kit.migration.NamedStoreMigration;

/**
 * The store migration of the release in which membership says what an organisation is ({@code kind}): a recipient
 * stored before it gets its kind from its stored type, by the table this service used to keep (the description of
 * the old data; nothing else reads the types). Each change is conditional on the kind being absent, so a second run
 * changes nothing.
 *
 * <p>Its id is dated before {@code 2026-10-01-derived-subscriptions-for-earlier-recipients} on purpose, as the
 * migrations run in the order of their ids: on a database older than subscriptions both are pending, and that one
 * derives the subscriptions from the kind.
 */
@Component
class EarlierRecipientKinds extends NamedStoreMigration {

    private static final Set<String> EDUCATION_PROVIDER_TYPES = Set.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");
    private static final Set<String> SERVICE_PRODUCER_TYPES = Set.of("SERVICE_PRODUCER", "NGO",
            Recipient.PASSIVE_MEMBER_TYPE);
    private static final String COLLECTION = "recipients";
    private static final String KIND = "kind";

    private final MongoOperations mongo;

    EarlierRecipientKinds(MongoOperations mongo) {
        super("2026-09-30-recipient-kinds",
                "recipients without a kind get it from their organisation type");
        this.mongo = mongo;
    }

    @Override
    public long migrate() {
        Query withoutKind = Query.query(Criteria.where(KIND).exists(false));
        withoutKind.fields().include("_id", "type");
        long changed = 0;
        for (Document stored : mongo.find(withoutKind, Document.class, COLLECTION)) {
            Query stillWithout = Query.query(Criteria.where("_id").is(stored.get("_id")).and(KIND).exists(false));
            changed += mongo.updateFirst(stillWithout, new Update().set(KIND, kindOf(stored.getString("type")).name()),
                    COLLECTION).getModifiedCount();
        }
        return changed;
    }

    private static OrganisationKind kindOf(String type) {
        if (EDUCATION_PROVIDER_TYPES.contains(type)) {
            return OrganisationKind.EDUCATION_PROVIDER;
        }
        return SERVICE_PRODUCER_TYPES.contains(type) ? OrganisationKind.SERVICE_PRODUCER : OrganisationKind.OTHER;
    }
}
