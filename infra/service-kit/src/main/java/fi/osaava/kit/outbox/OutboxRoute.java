package fi.osaava.kit.outbox;

import org.jspecify.annotations.Nullable;

/**
 * Tells the relay where one aggregate type keeps its pending events and where they go.
 *
 * @param collection   the aggregate's MongoDB collection (its documents carry an {@code outbox} array)
 * @param binding      the Spring Cloud Stream output binding whose destination is the event topic
 * @param versionField the aggregate's optimistic-locking ({@code @Version}) field, which the relay
 *                     increments with each removal from the outbox; {@code null} for an aggregate that
 *                     is only ever written with targeted updates that push its new events
 */
public record OutboxRoute(String collection, String binding, @Nullable String versionField) {

    /**
     * An aggregate saved whole, with a {@code @Version} field named {@code version}. The relay's removal
     * bumps it, so a save that loaded the document before the removal fails its version check and is
     * retried, instead of writing the already published event back into the outbox.
     */
    public OutboxRoute(String collection, String binding) {
        this(collection, binding, "version");
    }

    /** An aggregate written only by targeted updates that push just its new events. */
    public static OutboxRoute withoutVersion(String collection, String binding) {
        return new OutboxRoute(collection, binding, null);
    }
}
