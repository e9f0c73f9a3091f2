package fi.osaava.localstack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The local stack's store: mongo-java-server's H2 backend (persisted to one file) with the one part of MongoDB's
 * query planning it lacks and the services rely on. mongo-java-server 1.47 uses a unique index only when a query's
 * fields are exactly the index's ({@code AbstractUniqueIndex.canHandle}), so a query that names a document by
 * {@code _id} and adds a condition reads the whole collection: every save with {@code @Version}
 * ({@code {_id, version}}), every "take it if it is still due" claim ({@code {_id: {$in}, nextAttemptAt: {$lte}}}).
 * On a collection of 100,000 deliveries that is one to two seconds per update, holding the collection's lock.
 * MongoDB answers those queries from the {@code _id} index and checks the rest on the few documents it finds; this
 * does the same: when a unique index's fields are among those the query requires equal (at its top level or in its
 * {@code $and}) and it can answer that part alone, its positions are read and the whole query is matched on those
 * documents only.
 *
 * <p>The collections keep mongo-java-server's own map names, so a data dir written without this class reads the
 * same with it, and the other way round. {@link #fullScans()} counts the queries that still read a whole
 * collection (for tests).
 */
final class KeyedStore {

    /** mongo-java-server-h2-backend 1.47's map names for a collection's documents and its metadata. */
    private static final String DATA_MAP = "databases.";
    private static final String META_MAP = "meta.";

    private final MVStore store;
    private final AtomicLong fullScans = new AtomicLong();

    KeyedStore(MVStore store) {
        this.store = store;
    }

    /** A backend over the store; closing it closes the store. */
    H2Backend backend() {
        return new Backend();
    }

    /** Queries since the start that read a whole collection because no unique index could narrow them. */
    long fullScans() {
        return fullScans.get();
    }

    // Inner (not static) classes: the backend and database constructors of mongo-java-server open the collections
    // already in the file, calling the overridden factories below before a subclass's own fields are set; an inner
    // class's reference to this KeyedStore is set before its superclass constructor runs.

    private final class Backend extends H2Backend {
        Backend() {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName, getCursorRegistry());
        }
    }

    private final class Database extends H2Database {
        Database(String databaseName, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new Collection(this, collectionName, options, store.openMap(DATA_MAP + namespace),
                    store.openMap(META_MAP + namespace), cursorRegistry);
        }
    }

    private final class Collection extends H2Collection {
        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                   org.h2.mvstore.MVMap<Object, Document> data, org.h2.mvstore.MVMap<String, Object> meta,
                   CursorRegistry cursors) {
            super(database, collectionName, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Optional<Narrowed> narrowed = narrow(query);
            if (narrowed.isPresent()) {
                // the index's positions, then the whole query (sort, skip and limit included) on those documents
                return matchDocuments(query, narrowed.get().index().getPositions(narrowed.get().part()), orderBy, skip,
                        limit, batchSize, fieldSelector);
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            fullScans.incrementAndGet(); // mongo-java-server's path for a query no index answers
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /**
         * A unique index answering part of the query: each of its fields is required equal to a value (or one of
         * {@code $in} values) at the query's top level or in its top-level {@code $and}, and the index can look
         * that part up. Every document the query matches is among the part's, so matching the whole query on
         * them alone gives the same answer.
         */
        private Optional<Narrowed> narrow(Document query) {
            Document required = new Document();
            conjuncts(query, required);
            for (Index<Object> index : getIndexes()) {
                Document part = new Document();
                for (var key : index.getKeys()) {
                    if (required.containsKey(key.getKey())) {
                        part.put(key.getKey(), required.get(key.getKey()));
                    }
                }
                if (part.size() == index.getKeys().size() && index.canHandle(part)) {
                    return Optional.of(new Narrowed(index, part));
                }
            }
            return Optional.empty();
        }
    }

    /** The fields every match must satisfy: the query's own, and those of its {@code $and}'s terms, first one kept. */
    private static void conjuncts(Document query, Document into) {
        query.forEach((field, condition) -> {
            if ("$and".equals(field) && condition instanceof List<?> terms) {
                terms.stream().filter(Document.class::isInstance).forEach(term -> conjuncts((Document) term, into));
            } else if (!field.startsWith("$")) {
                into.putIfAbsent(field, condition);
            }
        });
    }

    private record Narrowed(Index<Object> index, Document part) {
    }
}
