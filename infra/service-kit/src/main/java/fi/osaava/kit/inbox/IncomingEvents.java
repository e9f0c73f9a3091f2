package fi.osaava.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;

import fi.osaava.kit.event.CloudEventHeaders;
import fi.osaava.kit.event.EventJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;

/**
 * Reads a Kafka record as a CloudEvent into a consumer's tolerant-reader record: unknown fields are
 * ignored, the fields the consumer needs are checked with Bean Validation. Anything unreadable
 * raises {@link MalformedEventException} with a reason a person can act on.
 */
public class IncomingEvents {

    private final Validator validator;

    public IncomingEvents(Validator validator) {
        this.validator = validator;
    }

    public <T> IncomingEvent<T> read(Message<?> message, Class<T> dataType) {
        String id = required(message, CloudEventHeaders.ID);
        String type = required(message, CloudEventHeaders.TYPE);
        String source = required(message, CloudEventHeaders.SOURCE);
        String time = required(message, CloudEventHeaders.TIME);
        Instant instant;
        try {
            instant = Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("header ce_time is not an RFC 3339 timestamp: " + time);
        }
        T data = body(message, dataType);
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("event " + id + " of type " + type + " breaks its contract: "
                    + violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return new IncomingEvent<>(id, type, source, header(message, CloudEventHeaders.SUBJECT), instant, data);
    }

    /** The type header alone, for routing several event types that share one topic. */
    public String typeOf(Message<?> message) {
        return required(message, CloudEventHeaders.TYPE);
    }

    private static <T> T body(Message<?> message, Class<T> dataType) {
        Object payload = message.getPayload();
        String json = payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(payload);
        try {
            T data = EventJson.MAPPER.readValue(json, dataType);
            if (data == null) {
                throw new MalformedEventException("body is empty or null");
            }
            return data;
        } catch (JacksonException e) {
            throw new MalformedEventException("body is not a readable JSON " + dataType.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String required(Message<?> message, String name) {
        String value = header(message, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("required CloudEvents header " + name + " is missing (headers: "
                    + new java.util.TreeSet<>(message.getHeaders().keySet()) + ")");
        }
        return value;
    }

    /**
     * Headers arrive as raw bytes from other producers (kcat, other stacks) or as strings. Spring Cloud
     * Function may rename the Kafka binding's {@code ce_} attributes to the canonical {@code ce-} form
     * before the consumer sees them, so both are accepted.
     */
    static @Nullable String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null && name.startsWith("ce_")) {
            value = message.getHeaders().get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
