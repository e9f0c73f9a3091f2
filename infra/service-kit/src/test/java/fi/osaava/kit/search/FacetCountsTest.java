package fi.osaava.kit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Facet counts over the MongoDB wire protocol (mongo-java-server), arrays and single values alike. */
class FacetCountsTest {

    static MongoServer server;
    static MongoClient client;
    static MongoTemplate mongo;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        client = MongoClients.create(address);
        mongo = new MongoTemplate(client, "facets");
        mongo.insert(List.of(
                new Document("_id", "a").append("status", "PUBLISHED").append("category", "PROVIDER_TRAINING")
                        .append("regions", List.of("11", "06")).append("pricing", new Document("kind", "FREE")),
                new Document("_id", "b").append("status", "PUBLISHED").append("category", "CHANGE_SUPPORT")
                        .append("regions", List.of("11")).append("pricing", new Document("kind", "FUNDED")),
                new Document("_id", "c").append("status", "PUBLISHED").append("category", "PROVIDER_TRAINING")
                        .append("regions", List.of("06")).append("pricing", new Document("kind", "FREE")),
                new Document("_id", "d").append("status", "DRAFT").append("category", "CHANGE_SUPPORT")
                        .append("regions", List.of("11")).append("pricing", new Document("kind", "PAID"))), "items");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void countsEachValueOfScalarNestedAndArrayFieldsAmongTheMatches() {
        Map<String, Map<String, Long>> counts = FacetCounts.inStore(mongo, "items", Criteria.where("status").is("PUBLISHED"),
                List.of("category", "regions", "pricing.kind"));

        assertThat(counts.get("category")).containsOnly(Map.entry("CHANGE_SUPPORT", 1L), Map.entry("PROVIDER_TRAINING", 2L));
        assertThat(counts.get("regions")).containsEntry("11", 2L).containsEntry("06", 2L).hasSize(2);
        assertThat(counts.get("pricing.kind")).containsEntry("FREE", 2L).containsEntry("FUNDED", 1L)
                .doesNotContainKey("PAID");
    }

    @Test
    void countsInMemoryTheSameWay() {
        record Item(String category, List<String> regions) {
        }
        Map<String, Function<Item, Collection<String>>> dimensions = Map.of(
                "category", item -> List.of(item.category()), "regions", Item::regions);

        Map<String, Map<String, Long>> counts = FacetCounts.inMemory(List.of(new Item("X", List.of("11", "11", "06")),
                new Item("Y", List.of("11"))), dimensions);

        assertThat(counts.get("regions")).containsEntry("11", 2L).containsEntry("06", 1L);
        assertThat(counts.get("category")).containsEntry("X", 1L).containsEntry("Y", 1L);
    }
}
