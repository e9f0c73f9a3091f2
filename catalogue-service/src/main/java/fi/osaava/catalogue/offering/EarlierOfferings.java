package fi.osaava.catalogue.offering;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.kit.migration.NamedStoreMigration;

/**
 * The store migration of the releases that brought titles in several languages and the tray's free-text search: an
 * offering stored with only the one {@code title} gets it as its Finnish title, and one stored without search text
 * gets it made from its texts. Each update is conditional on what it fills in being missing, so a second run changes
 * nothing.
 */
@Component
class EarlierOfferings extends NamedStoreMigration {

    private final MongoOperations mongo;

    EarlierOfferings(MongoOperations mongo) {
        super("2026-08-01-offering-titles-and-search",
                "offerings get titles in languages and their search text");
        this.mongo = mongo;
    }

    @Override
    public long migrate() {
        Query earlier = Query.query(new Criteria().orOperator(Criteria.where("titles").is(null),
                Criteria.where("search").is(null)));
        earlier.fields().include("_id", "title", "titles", "summaries", "descriptions");
        long changed = 0;
        for (EarlierTexts texts : mongo.find(earlier, EarlierTexts.class, mongo.getCollectionName(Offering.class))) {
            LocalizedText titles = texts.titles() != null ? texts.titles() : LocalizedText.in("fi", texts.title());
            Update update = new Update().set("titles", titles)
                    .set("search", Offering.searchText(titles, texts.summaries(), texts.descriptions()));
            changed += mongo.updateFirst(Query.query(Criteria.where("_id").is(texts.id())), update, Offering.class)
                    .getModifiedCount();
        }
        return changed;
    }

    /** The texts of an offering as an earlier release stored them. */
    record EarlierTexts(String id, String title, @Nullable LocalizedText titles,
                        @Nullable LocalizedText summaries,
                        @Nullable LocalizedText descriptions) {
    }
}
