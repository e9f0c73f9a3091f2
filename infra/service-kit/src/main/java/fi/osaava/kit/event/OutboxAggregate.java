package fi.osaava.kit.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Base of an aggregate whose events travel in its own document ({@code outbox} field).
 * Saving the aggregate saves its pending events in the same single-document write; the
 * {@code OutboxRelay} publishes them and removes each one after the broker acknowledged it.
 */
public abstract class OutboxAggregate {

    private List<OutboxEvent> outbox = new ArrayList<>();

    /** The aggregate id: the events' subject and Kafka key. */
    protected abstract String aggregateId();

    protected final void raise(String type, Object data, Instant time) {
        outbox.add(new OutboxEvent(UUID.randomUUID().toString(), type, aggregateId(), time, EventJson.write(data)));
    }

    public final List<OutboxEvent> pendingEvents() {
        return Collections.unmodifiableList(outbox);
    }
}
