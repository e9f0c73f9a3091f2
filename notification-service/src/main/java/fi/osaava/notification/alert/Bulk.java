package fi.osaava.notification.alert;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Inserts many documents in one round trip per chunk, where a document already there (same id) is no error. */
final class Bulk {

    static final int CHUNK = 1000;
    private static final int DUPLICATE_KEY = 11000;

    private Bulk() {
    }

    /** Returns the positions (in {@code documents}) of those that were already there. */
    static Set<Integer> insertIgnoringDuplicates(MongoTemplate mongo, Class<?> type, List<?> documents) {
        Set<Integer> duplicates = new HashSet<>();
        for (int from = 0; from < documents.size(); from += CHUNK) {
            List<?> chunk = documents.subList(from, Math.min(documents.size(), from + CHUNK));
            try {
                mongo.bulkOps(BulkMode.UNORDERED, type).insert(chunk).execute();
            } catch (BulkOperationException partly) {
                for (var error : partly.getErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw partly;
                    }
                    duplicates.add(from + error.getIndex());
                }
            }
        }
        return duplicates;
    }
}
