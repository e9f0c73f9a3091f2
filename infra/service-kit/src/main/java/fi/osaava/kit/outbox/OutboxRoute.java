package fi.osaava.kit.outbox;

/**
 * Tells the relay where one aggregate type keeps its pending events and where they go.
 *
 * @param collection the aggregate's MongoDB collection (its documents carry an {@code outbox} array)
 * @param binding    the Spring Cloud Stream output binding whose destination is the event topic
 */
public record OutboxRoute(String collection, String binding) {
}
