package fi.osaava.needs;

import static fi.osaava.needs.need.NeedDraftBuilder.aNeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.outbox.OutboxRelay;
import fi.osaava.kit.testing.QueryLog;
import fi.osaava.needs.coverage.CoverageManagement;
import fi.osaava.needs.coverage.OfferingState;
import fi.osaava.needs.coverage.PublishedOffering;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.TargetGroup;

/**
 * On real MongoDB, every query of the hot paths uses an index (its plan has an index scan and no collection
 * scan): need intake and publishing, endorsing, and the coverage updates when offering events arrive, as the
 * service's own use cases send them. The indexes are the ones the documents declare. Runs where Docker exists;
 * skipped with the reason "Docker is not available" elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = {NeedsStore.class, QueryLog.Listening.class}, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HotQueriesUseIndexesOnRealMongoTest {

    static final ActedBy REPORTER = new ActedBy("org-a", "user-a");
    static final ActedBy OTHER = new ActedBy("org-b", "user-b");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("osaava-needs"));
    }

    @Autowired
    NeedManagement management;

    @Autowired
    CoverageManagement coverage;

    @Autowired
    QueryLog queries;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void forgetTheStartsQueries() {
        queries.clear();
    }

    @Test
    void theIntakeAndCoverageQueriesUseAnIndex() {
        coverage.offeringPublished(offering("offering-1", Instant.parse("2026-05-01T08:00:00Z")));
        CompetenceNeed published = management.create(draft(), true, REPORTER);
        CompetenceNeed draft = management.create(draft(), false, REPORTER);
        management.publish(draft.id(), REPORTER);
        management.endorse(published.id(), 12, "", OTHER);
        coverage.offeringPublished(offering("offering-1", Instant.parse("2026-05-02T08:00:00Z")));
        coverage.offeringArchived("offering-1", Instant.parse("2026-05-03T08:00:00Z"));
        coverage.offeringWithdrawn("offering-1", Instant.parse("2026-05-04T08:00:00Z"));
        management.similarTo(List.of("medication-safety"), "11", TargetGroup.STAFF, 10);

        List<QueryLog.Filter> hot = new ArrayList<>(queries.on("competence_needs"));
        hot.addAll(queries.on("offerings"));
        assertThat(hot).hasSizeGreaterThan(10).allSatisfy(query -> {
            List<String> stages = stagesOf(explain(query));
            assertThat(stages).as("plan of %s", query).doesNotContain("COLLSCAN")
                    .anyMatch(stage -> stage.contains("IXSCAN") || stage.equals("IDHACK"));
        });
    }

    /** The outbox relay's safety-net sweep, with the index the relay declares at start-up: the index, not a scan. */
    @Test
    void theOutboxSweepReadsTheSparseOutboxIndex() {
        mongo.indexOps("competence_needs").createIndex(OutboxRelay.pendingIndex());
        management.create(draft(), true, REPORTER);

        BsonDocument sweep = new BsonDocument(OutboxRelay.PENDING_FIELD, new BsonDocument("$exists", BsonBoolean.TRUE));
        List<String> stages = stagesOf(explain("competence_needs", sweep));
        assertThat(stages).doesNotContain("COLLSCAN").anyMatch(stage -> stage.contains("IXSCAN"));
        assertThat(mongo.getCollection("competence_needs").countDocuments(sweep)).isPositive();
    }

    private BsonDocument explain(QueryLog.Filter query) {
        return explain(query.collection(), query.filter());
    }

    private BsonDocument explain(String collection, BsonDocument filter) {
        BsonDocument find = new BsonDocument("find", new BsonString(collection)).append("filter", filter);
        return mongo.getDb().runCommand(new BsonDocument("explain", find).append("verbosity", new BsonString("queryPlanner")),
                BsonDocument.class).getDocument("queryPlanner").getDocument("winningPlan");
    }

    /** Every {@code stage} in the plan, however deep (the classic and the slot-based engine nest differently). */
    private static List<String> stagesOf(BsonValue plan) {
        List<String> stages = new ArrayList<>();
        if (plan.isDocument()) {
            plan.asDocument().forEach((key, value) -> {
                if (key.equals("stage") && value.isString()) {
                    stages.add(value.asString().getValue());
                } else {
                    stages.addAll(stagesOf(value));
                }
            });
        } else if (plan.isArray()) {
            plan.asArray().forEach(element -> stages.addAll(stagesOf(element)));
        }
        return stages;
    }

    private static PublishedOffering offering(String id, Instant eventAt) {
        return new PublishedOffering(id, "org-provider", "Lääkehoidon verkkokurssi", List.of("medication-safety"),
                List.of("11"), List.of("STAFF"), "ONLINE", null, null, OfferingState.PUBLISHED, eventAt);
    }

    private static NeedDraft draft() {
        return aNeed().reportedBy(REPORTER.organisationId()).withTitle("Lääkehoidon turvallisuus").withLearners(40).build();
    }
}
