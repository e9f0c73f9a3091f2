package fi.osaava.kit.migration;

/**
 * A {@link StoreMigration} that states its id and description once, in its constructor:
 * {@code super("2026-12-05-derived-subscriptions", "recipients without derived subscriptions get them")}.
 */
public abstract class NamedStoreMigration implements StoreMigration {

    private final String id;
    private final String description;

    protected NamedStoreMigration(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }
}
