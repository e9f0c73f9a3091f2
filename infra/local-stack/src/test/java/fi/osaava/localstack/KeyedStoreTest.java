package fi.osaava.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The local stack's store answers "this document, if still so" from the {@code _id} (or another unique) index. */
class KeyedStoreTest {

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private MongoCollection<Document> collection(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        open.add(server::shutdownNow);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        open.add(client);
        return client.getDatabase("test").getCollection("deliveries");
    }

    private static List<Document> documents(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Document("_id", "d" + i).append("version", 1L)
                .append("due", i).append("status", i % 2 == 0 ? "PENDING" : "SENT")).toList();
    }

    @Test
    void aVersionedSaveAndAConditionalClaimUseTheIdIndexAndStillCheckTheirCondition() {
        KeyedStore store = new KeyedStore(new MVStore.Builder().fileName(dir.resolve("a.mv").toString()).open());
        MongoCollection<Document> deliveries = collection(store.backend());
        deliveries.insertMany(documents(2_000));
        long scansBefore = store.fullScans();

        // @Version: {_id, version}, matched only while the version is the one read
        assertThat(deliveries.updateOne(Filters.and(Filters.eq("_id", "d10"), Filters.eq("version", 1L)),
                Updates.combine(Updates.set("status", "SENT"), Updates.inc("version", 1L))).getModifiedCount()).isEqualTo(1);
        assertThat(deliveries.updateOne(Filters.and(Filters.eq("_id", "d10"), Filters.eq("version", 1L)),
                Updates.set("status", "LOST")).getMatchedCount()).isZero();
        assertThat(deliveries.find(Filters.eq("_id", "d10")).first()).containsEntry("status", "SENT")
                .containsEntry("version", 2L);

        // a claim: of these five, only those still due by 12
        var claimed = deliveries.updateMany(Filters.and(Filters.in("_id", "d8", "d11", "d12", "d13", "nope"),
                Filters.lte("due", 12)), Updates.set("claim", "c1"));
        assertThat(claimed.getModifiedCount()).isEqualTo(3);
        assertThat(deliveries.find(Filters.and(Filters.in("_id", "d8", "d11", "d12", "d13"), Filters.eq("claim", "c1")))
                .sort(Sorts.descending("due")).limit(2).map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactly("d12", "d11");
        deliveries.deleteMany(Filters.and(Filters.in("_id", "d8", "d9"), Filters.eq("status", "PENDING")));
        assertThat(deliveries.find(Filters.in("_id", "d8", "d9")).map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactly("d9");

        assertThat(store.fullScans()).as("queries that read the whole collection").isEqualTo(scansBefore);

        // a query no unique index answers still reads it all, and is counted
        assertThat(deliveries.countDocuments(Filters.eq("status", "PENDING"))).isEqualTo(998); // 1,000 even ones, d10 sent, d8 removed
        assertThat(store.fullScans()).isGreaterThan(scansBefore);
    }

    @Test
    void aUniqueCompoundKeyWithAConditionIsNarrowedToo() {
        KeyedStore store = new KeyedStore(new MVStore.Builder().fileName(dir.resolve("b.mv").toString()).open());
        MongoCollection<Document> deliveries = collection(store.backend());
        deliveries.createIndex(Indexes.ascending("eventId", "recipientId"), new IndexOptions().unique(true));
        deliveries.insertMany(IntStream.range(0, 500).mapToObj(i -> new Document("_id", "d" + i)
                .append("eventId", "e" + i % 10).append("recipientId", "r" + i).append("due", i)).toList());
        long scansBefore = store.fullScans();

        assertThat(deliveries.find(Filters.and(Filters.eq("eventId", "e3"), Filters.eq("recipientId", "r13"),
                Filters.lte("due", 20))).first()).containsEntry("_id", "d13");
        assertThat(deliveries.find(Filters.and(Filters.eq("eventId", "e3"), Filters.eq("recipientId", "r13"),
                Filters.lte("due", 5))).first()).isNull();
        assertThat(store.fullScans()).isEqualTo(scansBefore);
    }

    @Test
    void aFileWrittenWithoutItReadsTheSameWithItAndTheOtherWayRound() {
        Path file = dir.resolve("c.mv");
        H2Backend plain = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer first = new MongoServer(plain);
        InetSocketAddress address = first.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            client.getDatabase("test").getCollection("deliveries").insertMany(documents(10));
        }
        first.shutdownNow();

        KeyedStore keyed = new KeyedStore(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer second = new MongoServer(keyed.backend());
        address = second.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> deliveries = client.getDatabase("test").getCollection("deliveries");
            assertThat(deliveries.countDocuments()).isEqualTo(10);
            assertThat(deliveries.updateOne(Filters.and(Filters.eq("_id", "d3"), Filters.eq("version", 1L)),
                    Updates.set("status", "DONE")).getModifiedCount()).isEqualTo(1);
            deliveries.insertOne(new Document("_id", "d10").append("status", "NEW"));
        }
        second.shutdownNow();

        H2Backend plainAgain = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer third = new MongoServer(plainAgain);
        address = third.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> deliveries = client.getDatabase("test").getCollection("deliveries");
            assertThat(deliveries.countDocuments()).isEqualTo(11);
            assertThat(deliveries.find(Filters.eq("_id", "d3")).first()).containsEntry("status", "DONE");
        }
        third.shutdownNow();
    }
}
