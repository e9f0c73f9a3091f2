package fi.osaava.notification.alert;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.kit.migration.NamedStoreMigration;

/**
 * The store migration of the release that brought several addresses per delivery: a delivery stored with one
 * {@code email} field gets it as its one addressee (unsent, no contact person), and the field goes. A delivery that
 * already has addressees only loses the field. Each change is conditional on the field, so a second run changes
 * nothing.
 */
@Component
class OneAddressDeliveries extends NamedStoreMigration {

    static final String LEGACY_FIELD = "email";
    private static final String COLLECTION = "deliveries";

    private final MongoOperations mongo;

    OneAddressDeliveries(MongoOperations mongo) {
        super("2026-09-01-delivery-addressees",
                "deliveries with one email field get it as their one addressee");
        this.mongo = mongo;
    }

    @Override
    public long migrate() {
        Query legacy = Query.query(Criteria.where(LEGACY_FIELD).exists(true));
        legacy.fields().include("_id", LEGACY_FIELD, "addressees");
        long changed = 0;
        for (Document stored : mongo.find(legacy, Document.class, COLLECTION)) {
            Object addressees = stored.get("addressees");
            Update update = new Update().unset(LEGACY_FIELD);
            if (!(addressees instanceof List<?> list) || list.isEmpty()) {
                update.set("addressees", List.of(Addressee.of(stored.getString(LEGACY_FIELD), null)));
            }
            changed += mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.get("_id"))
                    .and(LEGACY_FIELD).exists(true)), update, COLLECTION).getModifiedCount();
        }
        return changed;
    }
}
