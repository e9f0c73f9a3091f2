package fi.osaava.kit.testing.sample.c;

import org.springframework.data.mongodb.core.MongoOperations;

import fi.osaava.kit.testing.sample.a.Thing;

/** Uses the store for its own documents and passes feature a's things around: allowed. */
public class ThingUser {

    private final MongoOperations mongo;

    ThingUser(MongoOperations mongo) {
        this.mongo = mongo;
    }

    String describe(Thing thing) {
        return thing.id() + mongo.getCollectionName(Own.class);
    }

    @org.springframework.data.mongodb.core.mapping.Document("own-things")
    record Own(String id) {
    }
}
