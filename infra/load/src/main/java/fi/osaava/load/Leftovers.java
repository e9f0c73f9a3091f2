package fi.osaava.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.Service;

/**
 * What the services left in the store at the end of a fault run, per service database: aggregates whose outbox still
 * holds events, deliveries given up ({@code DEAD}) and the delivery queue; and the first few of each, to look up.
 */
final class Leftovers {

    private final LocalStack stack;
    private final Map<String, List<String>> details = new ConcurrentHashMap<>();

    Leftovers(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * {@link #count()} once nothing is left: the last writes' events (and those the consumers raised in answer, such
     * as a need's coverage after an offering) may still be on their way when the last owed mail arrives. The wait
     * goes on while what is left shrinks (a slow machine still working it off): until nothing is left, or it did not
     * shrink for {@code stall}, or {@code atMost} has passed.
     */
    Map<String, Long> onceQuiet(Duration stall, Duration atMost) {
        Deadline ceiling = Deadline.in(atMost);
        Map<String, Long> left = count();
        long fewest = pending(left);
        long shrunkAt = System.nanoTime();
        while (!quiet(left) && !ceiling.passed() && System.nanoTime() - shrunkAt < stall.toNanos()) {
            Deadline.pause(1000);
            left = count();
            if (pending(left) < fewest) {
                fewest = pending(left);
                shrunkAt = System.nanoTime();
            }
        }
        return left;
    }

    private static long pending(Map<String, Long> left) {
        return left.entrySet().stream().filter(e -> !e.getKey().startsWith("DEAD")).mapToLong(Map.Entry::getValue).sum();
    }

    /** Nothing left that is still on its way: deliveries given up ({@code DEAD}) stay given up. */
    static boolean quiet(Map<String, Long> left) {
        return pending(left) == 0;
    }

    /** What {@link #count()} found left, the first few of each: to look up. */
    Map<String, List<String>> details() {
        return details;
    }

    /** Aggregates whose outbox still holds events, per service database; and deliveries given up (DEAD). */
    Map<String, Long> count() {
        details.clear();
        Map<String, Long> left = new TreeMap<>();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            for (Service service : List.of(Service.MEMBERSHIP, Service.CATALOGUE, Service.NEEDS, Service.NOTIFICATION)) {
                String uri = stack.mongoUri(service);
                MongoDatabase database = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1));
                for (String collection : database.listCollectionNames()) {
                    List<Document> pending = database.getCollection(collection)
                            .find(Filters.and(Filters.exists("outbox"), Filters.ne("outbox", List.of())))
                            .into(new ArrayList<>());
                    if (!pending.isEmpty()) {
                        left.put("outbox " + database.getName() + "." + collection, (long) pending.size());
                        details.put("outbox " + database.getName() + "." + collection, pending.stream().limit(5)
                                .map(document -> document.get("_id") + ": " + abbreviate(
                                        String.valueOf(document.get("outbox")), 400)).toList());
                    }
                }
                if (service == Service.NOTIFICATION) {
                    left.put("DEAD deliveries", database.getCollection("deliveries")
                            .countDocuments(new Document("status", "DEAD")));
                    List<Document> queued = database.getCollection("delivery-queue").find().into(new ArrayList<>());
                    left.put("delivery queue", (long) queued.size());
                    if (!queued.isEmpty()) {
                        details.put("delivery queue", queued.stream().limit(5).map(document -> {
                            Document delivery = database.getCollection("deliveries")
                                    .find(new Document("_id", document.get("_id"))).first();
                            return abbreviate(document.toJson(), 300) + " → " + (delivery == null ? "no delivery"
                                    : abbreviate(new Document(delivery).append("body", null).append("html", null)
                                            .append("payload", null).toJson(), 600));
                        }).toList());
                    }
                }
            }
        }
        return left;
    }

    private static String abbreviate(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }
}
