package fi.osaava.kit.event;

import java.time.Instant;

/**
 * A typed domain event as its aggregate raised it, before it is serialised into the aggregate's {@code outbox}.
 *
 * @param eventId becomes {@code ce_id}
 * @param time    becomes {@code ce_time}
 * @param event   the event record, annotated with {@link EventType}
 */
public record RaisedEvent(String eventId, Instant time, Object event) {

    public String type() {
        return typeOf(event);
    }

    /** The type of an event record, from its {@link EventType} annotation. */
    public static String typeOf(Object event) {
        EventType type = event.getClass().getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not annotated with @EventType");
        }
        return type.value();
    }
}
