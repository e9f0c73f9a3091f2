package fi.osaava.kit.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Runs the service's {@link StoreMigration}s that its database has not recorded yet, in the order of their ids, once
 * every bean exists and before anything starts (the Kafka consumers, the web server, the periodic tasks), and records
 * each in the collection {@value #COLLECTION} ({@code _id} = the migration's id). A failing migration stops the start.
 * Without migrations it does not touch the store.
 */
public final class StoreMigrations implements SmartInitializingSingleton {

    /** One document per migration run on this database. */
    public static final String COLLECTION = "migrations";

    private static final Logger log = LoggerFactory.getLogger(StoreMigrations.class);

    private final Supplier<MongoOperations> store;
    private final List<StoreMigration> migrations;
    private final Clock clock;

    /** @param store asked for only when there is a migration to run or check */
    public StoreMigrations(Supplier<MongoOperations> store, List<StoreMigration> migrations, Clock clock) {
        Set<String> ids = new HashSet<>();
        for (StoreMigration migration : migrations) {
            if (!ids.add(migration.id())) {
                throw new IllegalStateException("two store migrations have the id " + migration.id());
            }
        }
        this.store = store;
        this.migrations = migrations.stream().sorted(Comparator.comparing(StoreMigration::id)).toList();
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        runPending();
    }

    /** Runs what is not recorded yet; returns the ids it ran. */
    public List<String> runPending() {
        List<String> ran = new ArrayList<>();
        if (migrations.isEmpty()) {
            return ran;
        }
        MongoOperations mongo = store.get();
        for (StoreMigration migration : migrations) {
            if (mongo.exists(Query.query(Criteria.where("_id").is(migration.id())), COLLECTION)) {
                continue;
            }
            Instant started = clock.instant();
            long changed = migration.migrate();
            Duration took = Duration.between(started, clock.instant());
            mongo.save(new Document("_id", migration.id()).append("description", migration.description())
                    .append("changed", changed).append("appliedAt", java.util.Date.from(clock.instant()))
                    .append("tookMillis", took.toMillis()), COLLECTION);
            log.info("Store migration {} ({}): {} documents changed in {} ms", migration.id(), migration.description(),
                    changed, took.toMillis());
            ran.add(migration.id());
        }
        return ran;
    }
}
