package fi.osaava.load;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import fi.osaava.localstack.Service;

/** How much the services have stored: counted read-only in their databases, never written. */
record StoredHistory(long needs, long deliveries) {

    static final String NEEDS = Service.NEEDS.database() + ".competence_needs";
    static final String DELIVERIES = Service.NOTIFICATION.database() + ".deliveries";

    static StoredHistory count(String mongoUri) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            return new StoredHistory(
                    client.getDatabase(Service.NEEDS.database()).getCollection("competence_needs").estimatedDocumentCount(),
                    client.getDatabase(Service.NOTIFICATION.database()).getCollection("deliveries", Document.class)
                            .estimatedDocumentCount());
        }
    }
}
