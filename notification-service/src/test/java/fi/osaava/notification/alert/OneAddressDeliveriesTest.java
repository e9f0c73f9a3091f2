package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;

import fi.osaava.kit.testing.WireStore;

/** The migration over the MongoDB wire protocol (mongo-java-server), on documents of the old shape. */
class OneAddressDeliveriesTest {

    @RegisterExtension
    final WireStore store = WireStore.freshDatabase();
    private final MongoTemplate mongo = store.template();


    @Test
    void aDeliveryWithOneEmailGetsItAsItsOneAddresseeAndASecondRunChangesNothing() {
        MongoCollection<Document> deliveries = mongo.getCollection("deliveries");
        deliveries.insertOne(new Document("_id", "old").append("eventId", "e1").append("recipientId", "org-1")
                .append("recipientName", "Savonia").append("email", "Koulutus@Savonia.fi").append("status", "FAILED"));
        deliveries.insertOne(new Document("_id", "both").append("eventId", "e2").append("recipientId", "org-1")
                .append("email", "left@over.fi").append("addressees",
                        List.of(new Document("address", "kept@savonia.fi").append("erased", false))));
        deliveries.insertOne(new Document("_id", "new").append("eventId", "e3").append("recipientId", "org-1")
                .append("addressees", List.of(new Document("address", "new@savonia.fi").append("erased", false))));
        OneAddressDeliveries migration = new OneAddressDeliveries(mongo);

        assertThat(migration.migrate()).isEqualTo(2);

        Document old = deliveries.find(new Document("_id", "old")).first();
        assertThat(old).doesNotContainKey("email");
        List<Document> addressees = old.getList("addressees", Document.class);
        assertThat(addressees).hasSize(1);
        Addressee expected = Addressee.of("Koulutus@Savonia.fi", null);
        assertThat(addressees.get(0).getString("address")).isEqualTo(expected.address());
        assertThat(addressees.get(0).getString("addressSha256")).isEqualTo(expected.addressSha256()).isNotNull();
        assertThat(addressees.get(0).get("sentAt")).isNull();
        assertThat(old.getString("status")).isEqualTo("FAILED");

        Document both = deliveries.find(new Document("_id", "both")).first();
        assertThat(both).doesNotContainKey("email");
        assertThat(both.getList("addressees", Document.class)).extracting(d -> d.getString("address"))
                .containsExactly("kept@savonia.fi");
        assertThat(deliveries.find(new Document("_id", "new")).first().getList("addressees", Document.class))
                .extracting(d -> d.getString("address")).containsExactly("new@savonia.fi");

        assertThat(migration.migrate()).isZero();
    }
}
