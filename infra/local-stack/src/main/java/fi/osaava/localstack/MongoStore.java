package fi.osaava.localstack;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The stack's store: mongo-java-server speaking MongoDB's wire protocol inside this JVM, its data in one H2 file that
 * survives restarts. It can be stopped and started again on the same port with the same file while the services run,
 * as a database server that goes away would.
 */
final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    /** MB of H2's page cache: its default (16) holds far less than the alert path's indexes once history grows. */
    static final int STORE_CACHE_MB = 256;
    /** KB of changes before H2 writes a chunk early (default 1,024): fewer, larger chunks; still at least every second. */
    static final int STORE_COMMIT_BUFFER_KB = 16 * 1024;

    private final Path file;
    private int port;
    private @Nullable MongoServer server;
    private @Nullable H2Backend backend;

    /** @param port 0 binds a free one at the first start; later starts use the same */
    MongoStore(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        log.info("Starting MongoDB (mongo-java-server, H2 file {})", file);
        try {
            backend = new KeyedStore(openStore(file)).backend();
        } catch (RuntimeException e) {
            throw new LocalStackException("could not open " + file + " (is another local stack using the same data dir?): " + e, e);
        }
        MongoServer started = new MongoServer(backend);
        server = started;
        try {
            started.bind(Ports.LOOPBACK, port);
        } catch (RuntimeException e) {
            throw new LocalStackException("MongoDB could not listen on " + Ports.LOOPBACK + ":" + port + ": " + e, e);
        }
        port = started.getLocalAddress().getPort();
    }

    synchronized int port() {
        return port;
    }

    synchronized boolean isRunning() {
        return server != null || backend != null;
    }

    /** Stops listening and flushes and closes the file; does nothing when it is not running. */
    @Override
    public synchronized void close() {
        MongoServer stopping = server;
        H2Backend closing = backend;
        server = null;
        backend = null;
        try {
            if (stopping != null) {
                stopping.shutdownNow(); // also closes the backend
            }
        } catch (RuntimeException e) {
            log.warn("MongoDB did not stop cleanly: {}", e.toString());
        }
        try {
            if (closing != null) {
                closing.close(); // no-op when the server already closed it; flushes the H2 file otherwise
            }
        } catch (RuntimeException e) {
            log.debug("H2 backend close: {}", e.toString());
        }
    }

    /**
     * The store's file with a page cache sized like a database server's (MongoDB would give WiredTiger half the
     * memory): with H2's 16 MB, inserting into a collection of 100,000 deliveries read most index pages back from the
     * file (a profile of a fan-out: a fifth of the store's time in {@code MVStore.readPage}).
     */
    private static MVStore openStore(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(STORE_CACHE_MB)
                .autoCommitBufferSize(STORE_COMMIT_BUFFER_KB).open();
    }
}
