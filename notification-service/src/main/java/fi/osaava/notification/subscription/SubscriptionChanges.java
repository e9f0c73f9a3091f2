package fi.osaava.notification.subscription;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A count of the subscription writes of every instance, in one document read and written by {@code _id}: each
 * write to a subscription is followed by a {@link #bump()}, which hands out the next number. An instance that
 * finds the count where its own writes left it knows nobody else wrote, without reading the subscriptions.
 */
@Component
class SubscriptionChanges {

    static final String COLLECTION = "subscription-changes";
    private static final String ID = "subscriptions";

    private final MongoTemplate mongo;
    private final String collection;

    @Autowired
    SubscriptionChanges(MongoTemplate mongo) {
        this(mongo, COLLECTION);
    }

    SubscriptionChanges(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Counts one more write; returns its number, unique across instances. */
    long bump() {
        Document counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(ID)), new Update().inc("count", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        return number(counted);
    }

    /** The number of the latest write counted. */
    long current() {
        return number(mongo.findById(ID, Document.class, collection));
    }

    private static long number(Document counted) {
        return counted == null ? 0 : ((Number) counted.get("count")).longValue();
    }
}
