package fi.osaava.kit.testing.sample.b;

import org.springframework.data.mongodb.core.MongoOperations;

import fi.osaava.kit.testing.sample.a.Thing;
import fi.osaava.kit.testing.sample.a.Things;
import fi.osaava.kit.testing.sample.a.internal.Secret;

/** Reads feature a's documents three ways it must not, and uses a's internal type. */
public class ThingReader {

    private final MongoOperations mongo;
    private final Things things;

    ThingReader(MongoOperations mongo, Things things) {
        this.mongo = mongo;
        this.things = things;
    }

    Object typed(String id) {
        return mongo.findById(id, Thing.class);
    }

    Object raw(String id) {
        return mongo.findById(id, org.bson.Document.class, "things");
    }

    Secret secret() {
        return new Secret(String.valueOf(things));
    }
}
