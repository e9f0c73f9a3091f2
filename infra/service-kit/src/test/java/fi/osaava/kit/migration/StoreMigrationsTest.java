package fi.osaava.kit.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import fi.osaava.kit.testing.WireStore;

/** Over the MongoDB wire protocol (mongo-java-server), as the services run them. */
class StoreMigrationsTest {

    @RegisterExtension
    final WireStore store = WireStore.freshDatabase();
    private final MongoTemplate mongo = store.template();
    private final List<String> ran = new ArrayList<>();


    @Test
    void eachMigrationRunsOnceInTheOrderOfItsIdAndIsRecorded() {
        List<StoreMigration> migrations = List.of(migration("2026-12-02-second", 3), migration("2026-12-01-first", 5));

        assertThat(new StoreMigrations(() -> mongo, migrations, Clock.systemUTC()).runPending())
                .containsExactly("2026-12-01-first", "2026-12-02-second");
        assertThat(ran).containsExactly("2026-12-01-first", "2026-12-02-second");

        // the next start: nothing again, and a new migration alone
        List<StoreMigration> later = new ArrayList<>(migrations);
        later.add(migration("2026-12-03-third", 0));
        assertThat(new StoreMigrations(() -> mongo, later, Clock.systemUTC()).runPending())
                .containsExactly("2026-12-03-third");
        assertThat(ran).containsExactly("2026-12-01-first", "2026-12-02-second", "2026-12-03-third");

        Document first = mongo.getCollection(StoreMigrations.COLLECTION).find(new Document("_id", "2026-12-01-first")).first();
        assertThat(first).isNotNull();
        assertThat(first.getString("description")).isEqualTo("test 2026-12-01-first");
        assertThat(first.get("changed", Number.class).longValue()).isEqualTo(5);
        assertThat(first.getDate("appliedAt")).isNotNull();
    }

    @Test
    void aFailingMigrationStopsTheStartAndIsNotRecorded() {
        StoreMigration failing = new StoreMigration() {
            public String id() {
                return "2026-12-01-failing";
            }

            public String description() {
                return "fails";
            }

            public long migrate() {
                throw new IllegalStateException("cannot read these documents");
            }
        };
        StoreMigrations migrations = new StoreMigrations(() -> mongo, List.of(failing, migration("2026-12-02-after", 1)),
                Clock.systemUTC());

        assertThatThrownBy(migrations::runPending).hasMessageContaining("cannot read these documents");
        assertThat(ran).isEmpty();
        assertThat(mongo.getCollection(StoreMigrations.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void withoutMigrationsTheStoreIsNotAskedForAndTwoWithOneIdAreRefused() {
        assertThat(new StoreMigrations(() -> {
            throw new AssertionError("the store was asked for");
        }, List.of(), Clock.systemUTC()).runPending()).isEmpty();
        assertThatThrownBy(() -> new StoreMigrations(() -> mongo, List.of(migration("x", 0), migration("x", 0)),
                Clock.systemUTC())).hasMessageContaining("two store migrations have the id x");
    }

    private StoreMigration migration(String id, long changes) {
        return new StoreMigration() {
            public String id() {
                return id;
            }

            public String description() {
                return "test " + id;
            }

            public long migrate() {
                ran.add(id);
                return changes;
            }
        };
    }

}
