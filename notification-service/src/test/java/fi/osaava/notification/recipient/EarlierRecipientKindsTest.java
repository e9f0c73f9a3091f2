package fi.osaava.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;

import fi.osaava.kit.testing.WireStore;

/** The migration over the MongoDB wire protocol (mongo-java-server), on recipients stored before kinds. */
class EarlierRecipientKindsTest {

    private final WireStore store = WireStore.freshDatabase();
    private final MongoTemplate mongo = store.template();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aRecipientStoredBeforeKindsGetsItFromItsTypeAndASecondRunChangesNothing() {
        MongoCollection<Document> recipients = mongo.getCollection("recipients");
        for (String type : List.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES", "VOCATIONAL_COLLEGE",
                "PRIVATE_TRAINING_PROVIDER", "SERVICE_PRODUCER", "NGO", "PASSIVE_MEMBER", "UNION", "AUTHORITY")) {
            recipients.insertOne(stored(type));
        }
        recipients.insertOne(stored("VOCATIONAL_COLLEGE").append("_id", "already").append("kind", "OTHER"));
        EarlierRecipientKinds migration = new EarlierRecipientKinds(mongo);

        assertThat(migration.migrate()).isEqualTo(9);

        Map<String, String> kinds = StreamSupport.stream(recipients.find().spliterator(), false)
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d.getString("kind")));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "org-UNIVERSITY", "EDUCATION_PROVIDER",
                "org-UNIVERSITY_OF_APPLIED_SCIENCES", "EDUCATION_PROVIDER",
                "org-VOCATIONAL_COLLEGE", "EDUCATION_PROVIDER",
                "org-PRIVATE_TRAINING_PROVIDER", "EDUCATION_PROVIDER",
                "org-SERVICE_PRODUCER", "SERVICE_PRODUCER",
                "org-NGO", "SERVICE_PRODUCER",
                "org-PASSIVE_MEMBER", "SERVICE_PRODUCER",
                "org-UNION", "OTHER",
                "org-AUTHORITY", "OTHER",
                "already", "OTHER"));
        assertThat(mongo.findById("org-NGO", Recipient.class)).isNotNull()
                .extracting(Recipient::kind, Recipient::type, Recipient::revision)
                .containsExactly(OrganisationKind.SERVICE_PRODUCER, "NGO", 3L);

        assertThat(migration.migrate()).isZero();
    }

    private static Document stored(String type) {
        return new Document("_id", "org-" + type).append("name", type).append("type", type).append("status", "ACTIVE")
                .append("regions", List.of("11")).append("competenceAreasOffered", List.of())
                .append("competenceAreasOfInterest", List.of()).append("targetGroups", List.of())
                .append("contactEmail", "info@demo.osaava.fi").append("revision", 3L).append("contactPersons", List.of());
    }
}
