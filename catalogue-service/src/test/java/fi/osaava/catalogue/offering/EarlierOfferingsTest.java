package fi.osaava.catalogue.offering;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;

import fi.osaava.kit.search.SearchText;
import fi.osaava.kit.testing.WireStore;

/** The migration over the MongoDB wire protocol (mongo-java-server), on documents of the earlier shapes. */
class EarlierOfferingsTest {

    @RegisterExtension
    final WireStore store = WireStore.freshDatabase();
    private final MongoTemplate mongo = store.template();


    @Test
    void anOfferingWithOneTitleAndNoSearchTextGetsBothAndASecondRunChangesNothing() {
        MongoCollection<Document> offerings = mongo.getCollection(mongo.getCollectionName(Offering.class));
        offerings.insertOne(new Document("_id", "one-title").append("title", "Lääkehoidon osaaminen kotihoidossa")
                .append("summaries", new Document("fi", "Turvallinen lääkehoito")).append("status", "PUBLISHED"));
        offerings.insertOne(new Document("_id", "no-search").append("title", "Kirjaamisen perusteet")
                .append("titles", new Document("fi", "Kirjaamisen perusteet").append("sv", "Grunderna i dokumentation")));
        SearchText current = Offering.searchText(LocalizedText.in("fi", "Saattohoito"), null, null);
        offerings.insertOne(new Document("_id", "current").append("title", "Saattohoito")
                .append("titles", new Document("fi", "Saattohoito")).append("search", new Document("titleStems",
                        current.titleStems()).append("bodyStems", current.bodyStems()).append("grams", current.grams())));
        EarlierOfferings migration = new EarlierOfferings(mongo);

        assertThat(migration.migrate()).isEqualTo(2);

        Document oneTitle = offerings.find(new Document("_id", "one-title")).first();
        assertThat(oneTitle.get("titles", Document.class).getString("fi")).isEqualTo("Lääkehoidon osaaminen kotihoidossa");
        SearchText expected = Offering.searchText(LocalizedText.in("fi", "Lääkehoidon osaaminen kotihoidossa"),
                LocalizedText.in("fi", "Turvallinen lääkehoito"), null);
        assertThat(oneTitle.get("search", Document.class).getList("grams", String.class))
                .isEqualTo(expected.grams()).isNotEmpty();
        assertThat(oneTitle.get("search", Document.class).getList("titleStems", String.class))
                .isEqualTo(expected.titleStems());
        Document noSearch = offerings.find(new Document("_id", "no-search")).first();
        assertThat(noSearch.get("titles", Document.class).getString("sv")).isEqualTo("Grunderna i dokumentation");
        assertThat(noSearch.get("search", Document.class).getList("titleStems", String.class)).isEqualTo(
                Offering.searchText(new LocalizedText("Kirjaamisen perusteet", "Grunderna i dokumentation", null), null, null)
                        .titleStems());

        assertThat(migration.migrate()).isZero();
    }
}
