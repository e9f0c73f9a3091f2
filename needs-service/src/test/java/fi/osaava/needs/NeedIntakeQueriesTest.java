package fi.osaava.needs;

import static fi.osaava.needs.need.NeedDraftBuilder.aNeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import fi.osaava.kit.testing.QueryLog;
import fi.osaava.needs.need.AnswerKind;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.NeedManagement;

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

        queries.assertUniqueKeyLookups(mongo, "competence_needs");
    }

    private static NeedDraft draft() {
        return aNeed().reportedBy(REPORTER.organisationId()).withTitle("Lääkehoidon turvallisuus").withLearners(40).build();
    }
}
