package fi.osaava.kit.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.AccessType;
import org.springframework.data.annotation.Transient;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Base of an aggregate whose events travel in its own document ({@code outbox} field).
 *
 * <p>The aggregate raises <em>typed</em> event records ({@link #raise(Object, Instant)}); their type comes from the
 * record's {@link EventType}. They are serialised once, at the store's edge: the mapping reads the {@code outbox}
 * property through {@link #getOutbox()}, which turns the newly raised ones into {@link OutboxEvent}s, so they are
 * stored in the same single-document write as the state change whatever {@code MongoTemplate} saves the aggregate.
 * A store class that writes with a targeted update pushes what {@link #stageRaisedEvents()} returns. The {@code OutboxRelay} publishes them and removes each
 * one after the broker acknowledged it.
 */
public abstract class OutboxAggregate {

    @AccessType(AccessType.Type.PROPERTY)
    private List<OutboxEvent> outbox = new ArrayList<>();

    @Transient
    private final List<RaisedEvent> raised = new ArrayList<>();

    @Transient
    private int staged;

    /** The aggregate id: the events' subject and Kafka key. */
    protected abstract String aggregateId();

    protected final void raise(Object event, Instant time) {
        RaisedEvent.typeOf(event); // refuse an untyped event where it is raised, not at the save
        raised.add(new RaisedEvent(UUID.randomUUID().toString(), time, event));
    }

    /** The events this instance raised since it was made or read, typed and in order; what tests assert on. */
    public final List<Object> raisedEvents() {
        return raised.stream().map(RaisedEvent::event).toList();
    }

    /** The raised events of one type, in order. */
    public final <E> List<E> raisedEvents(Class<E> type) {
        return raised.stream().map(RaisedEvent::event).filter(type::isInstance).map(type::cast).toList();
    }

    /** The raised events with their ids and times, in order. */
    public final List<RaisedEvent> raised() {
        return Collections.unmodifiableList(raised);
    }

    /**
     * Serialises the raised events that are not in the outbox yet and appends them to it. Called by the save
     * callback before every save; a store class that writes with a targeted update pushes what this returns.
     *
     * @return the newly staged events (empty when there were none)
     */
    public final List<OutboxEvent> stageRaisedEvents() {
        List<OutboxEvent> newlyStaged = new ArrayList<>();
        for (RaisedEvent event : raised.subList(staged, raised.size())) {
            newlyStaged.add(new OutboxEvent(event.eventId(), event.type(), aggregateId(), event.time(),
                    EventJson.write(event.event())));
        }
        staged = raised.size();
        outbox.addAll(newlyStaged);
        return newlyStaged;
    }

    /**
     * The stored form, read by the object mapping when the aggregate is written: stages the raised events first.
     * Not for domain code; {@link #raisedEvents()} is the typed view.
     */
    @JsonIgnore
    public final List<OutboxEvent> getOutbox() {
        stageRaisedEvents();
        return outbox;
    }

    /** Set by the object mapping when the aggregate is read. */
    @JsonIgnore
    public final void setOutbox(List<OutboxEvent> outbox) {
        this.outbox = new ArrayList<>(outbox);
        raised.clear();
        staged = 0;
    }

    /** The serialised events waiting in this document for the relay: the stored form. */
    public final List<OutboxEvent> pendingEvents() {
        return Collections.unmodifiableList(outbox);
    }
}
