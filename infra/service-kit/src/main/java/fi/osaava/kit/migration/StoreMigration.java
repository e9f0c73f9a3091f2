package fi.osaava.kit.migration;

/**
 * A one-time change of a service's stored documents to the shape the code now reads, run at start by
 * {@link StoreMigrations} before the consumers and the web start, and recorded so it runs once per database.
 * It replaces "documents stored before X" fallbacks in the aggregates: once it has run, the code reads one shape.
 *
 * <p>It must be safe to run again: two instances starting at once can both run it before either has recorded it.
 */
public interface StoreMigration {

    /** Unique and in the order migrations run, e.g. {@code 2026-12-05-derived-subscriptions}. */
    String id();

    /** What it changes, for the log and the record. */
    String description();

    /**
     * Changes the documents; returns how many it changed (for the log).
     *
     * @throws RuntimeException to stop the start: the service must not run on documents it cannot read
     */
    long migrate();
}
