package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import fi.osaava.needs.need.AnswerKind;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.DesiredTiming;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.TargetGroup;

/**
 * The intake path finds a need by a unique key only. mongo-java-server, the store of the local stack, uses an
 * index only for a filter whose fields are exactly an index's keys (and it has only unique indexes); any other
 * filter reads every need, so a request that sends one gets slower as the needs pile up.
 */
@SpringBootTest(classes = {NeedsStore.class, QueryLog.Listening.class}, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
class NeedIntakeQueriesTest {

    static final ActedBy REPORTER = new ActedBy("org-a", "user-a");
    static final ActedBy OTHER = new ActedBy("org-b", "user-b");

    @Autowired
    NeedManagement management;

    @Autowired
    QueryLog queries;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void forgetTheStartsQueries() {
        queries.clear();
    }

    @Test
    void reportingPublishingAndTakingPartInANeedFindItByAUniqueKeyOnly() {
        CompetenceNeed published = management.create(draft(), true, REPORTER);
        CompetenceNeed draft = management.create(draft(), false, REPORTER);
        management.publish(draft.id(), REPORTER);
        management.update(published.id(), draft(), REPORTER);
        management.endorse(published.id(), 12, "", OTHER);
        management.withdrawEndorsement(published.id(), OTHER);
        management.answer(published.id(), AnswerKind.PLAN, null, "we will build one",
                LocalDate.of(2027, 1, 15), OTHER);
        management.withdraw(draft.id(), "reported twice", REPORTER);

        List<Set<String>> uniqueKeys = uniqueIndexKeys("competence_needs");
        assertThat(queries.on("competence_needs")).hasSizeGreaterThan(8).allSatisfy(query -> {
            assertThat(uniqueKeys).as("a unique index with exactly the fields of %s", query).contains(query.filter().keySet());
            assertThat(query.filter().values()).as("values of %s", query).allMatch(NeedIntakeQueriesTest::isLookedUp);
        });
    }

    /** A plain value, or {@code $in} of plain values (mongo-java-server looks up each). */
    private static boolean isLookedUp(BsonValue value) {
        if (!value.isDocument()) {
            return true;
        }
        BsonDocument operator = value.asDocument();
        return operator.keySet().equals(Set.of("$in")) && operator.getArray("$in").stream().noneMatch(BsonValue::isDocument);
    }

    private List<Set<String>> uniqueIndexKeys(String collection) {
        List<Set<String>> keys = new ArrayList<>();
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            if ("_id_".equals(index.getString("name")) || Boolean.TRUE.equals(index.getBoolean("unique"))) {
                keys.add(index.get("key", Document.class).keySet());
            }
        }
        return keys;
    }

    private static NeedDraft draft() {
        return new NeedDraft(REPORTER.organisationId(), "11", List.of("medication-safety"), TargetGroup.STAFF,
                "Lääkehoidon turvallisuus", "", 40, Horizon.WITHIN_A_YEAR, DesiredTiming.ANY);
    }
}
