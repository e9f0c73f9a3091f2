package fi.osaava.notification.alert;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import fi.osaava.kit.migration.NamedStoreMigration;

/**
 * The store migration of the release that keeps {@link DeliveryTallies}: the all-time count of dead deliveries
 * starts from those the delivery log already holds (one query on {@code status}, which reads the whole log on the
 * embedded store, once). It writes the {@code "all"} tally only when there is none, so a second run, or a run after
 * a dispatcher has counted, changes nothing; sent and failed of the days before are not counted.
 */
@Component
class EarlierDeadDeliveries extends NamedStoreMigration {

    private final MongoOperations mongo;

    EarlierDeadDeliveries(MongoOperations mongo) {
        super("2026-12-06-delivery-tallies", "the all-time tally of dead deliveries counts those already stored");
        this.mongo = mongo;
    }

    @Override
    public long migrate() {
        if (mongo.findById(DeliveryTallies.ALL, Document.class, DeliveryTallies.COLLECTION) != null) {
            return 0;
        }
        long dead = mongo.count(Query.query(Criteria.where("status").is(DeliveryStatus.DEAD)), Delivery.class);
        try {
            mongo.insert(new Document("_id", DeliveryTallies.ALL).append("dead", dead), DeliveryTallies.COLLECTION);
            return 1;
        } catch (DuplicateKeyException seededMeanwhile) {
            return 0; // another instance starting at the same time
        }
    }
}
