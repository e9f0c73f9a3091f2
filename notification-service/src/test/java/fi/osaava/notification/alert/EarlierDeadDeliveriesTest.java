package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;

import fi.osaava.kit.testing.WireStore;

/** The tallies' migration over the MongoDB wire protocol (mongo-java-server), on a delivery log kept before them. */
class EarlierDeadDeliveriesTest {

    private final WireStore store = WireStore.freshDatabase();
    private final MongoTemplate mongo = store.template();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void theAllTimeDeadStartsFromTheDeadAlreadyLoggedOnceAndASecondRunChangesNothing() {
        MongoCollection<Document> deliveries = mongo.getCollection("deliveries");
        String[] statuses = {"DEAD", "SENT", "FAILED", "DEAD", "CANCELLED", "PENDING", "DEAD"};
        for (int i = 0; i < statuses.length; i++) {
            deliveries.insertOne(new Document("_id", "delivery-" + i).append("status", statuses[i]));
        }
        EarlierDeadDeliveries migration = new EarlierDeadDeliveries(mongo);

        assertThat(migration.migrate()).isOne();
        assertThat(allTimeTally()).isEqualTo(new Document("_id", "all").append("dead", 3L));

        deliveries.insertOne(new Document("_id", "delivery-later").append("status", "DEAD"));
        assertThat(migration.migrate()).isZero();
        assertThat(allTimeTally()).isEqualTo(new Document("_id", "all").append("dead", 3L));
    }

    @Test
    void aTallyTheDispatchersBeganIsLeftAsItIs() {
        mongo.getCollection("deliveries").insertOne(new Document("_id", "delivery-0").append("status", "DEAD"));
        mongo.getCollection(DeliveryTallies.COLLECTION).insertOne(new Document("_id", "all").append("dead", 7L));

        assertThat(new EarlierDeadDeliveries(mongo).migrate()).isZero();
        assertThat(allTimeTally()).isEqualTo(new Document("_id", "all").append("dead", 7L));
    }

    private Document allTimeTally() {
        return mongo.getCollection(DeliveryTallies.COLLECTION).find(new Document("_id", "all")).first();
    }
}
