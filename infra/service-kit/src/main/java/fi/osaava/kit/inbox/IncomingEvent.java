package fi.osaava.kit.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A consumed event: its CloudEvents attributes and the consumer's own reading of the body. */
public record IncomingEvent<T>(String id, String type, String source, @Nullable String subject, Instant time, T data) {
}
