package fi.osaava.kit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxAggregateTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");

    @EventType("fi.osaava.test.lamp.lit.v1")
    record Lit(String lampId, int brightness) {
    }

    record Untyped(String lampId) {
    }

    static class Lamp extends OutboxAggregate {
        void light(int brightness) {
            raise(new Lit("lamp-1", brightness), AT);
        }

        void raiseUntyped() {
            raise(new Untyped("lamp-1"), AT);
        }

        @Override
        protected String aggregateId() {
            return "lamp-1";
        }
    }

    @Test
    void raisedEventsAreTypedUntilTheStoreReadsThem() {
        Lamp lamp = new Lamp();
        lamp.light(3);

        assertThat(lamp.raisedEvents()).containsExactly(new Lit("lamp-1", 3));
        assertThat(lamp.raisedEvents(Lit.class)).extracting(Lit::brightness).containsExactly(3);
        assertThat(lamp.pendingEvents()).as("nothing serialised before the store asks").isEmpty();
    }

    @Test
    void theStoresReadSerialisesEachRaisedEventOnceWithTheRecordsType() {
        Lamp lamp = new Lamp();
        lamp.light(3);

        List<OutboxEvent> stored = lamp.getOutbox();
        lamp.getOutbox();
        lamp.light(5);
        List<OutboxEvent> newlyStaged = lamp.stageRaisedEvents();

        assertThat(lamp.pendingEvents()).hasSize(2);
        assertThat(stored.get(0).type()).isEqualTo("fi.osaava.test.lamp.lit.v1");
        assertThat(stored.get(0).subject()).isEqualTo("lamp-1");
        assertThat(stored.get(0).time()).isEqualTo(AT);
        assertThat(stored.get(0).payload()).isEqualTo("{\"lampId\":\"lamp-1\",\"brightness\":3}");
        assertThat(stored.get(0).eventId()).isEqualTo(lamp.raised().get(0).eventId());
        assertThat(newlyStaged).extracting(OutboxEvent::payload).containsExactly("{\"lampId\":\"lamp-1\",\"brightness\":5}");
        assertThat(lamp.stageRaisedEvents()).isEmpty();
    }

    @Test
    void anAggregateReadFromTheStoreKeepsItsPendingEventsAndRaisesNew() {
        Lamp lamp = new Lamp();
        lamp.setOutbox(List.of(new OutboxEvent("e-1", "fi.osaava.test.lamp.lit.v1", "lamp-1", AT, "{}")));
        lamp.light(7);

        assertThat(lamp.getOutbox()).extracting(OutboxEvent::eventId).first().isEqualTo("e-1");
        assertThat(lamp.pendingEvents()).hasSize(2);
        assertThat(lamp.raisedEvents()).containsExactly(new Lit("lamp-1", 7));
    }

    @Test
    void anEventWithoutATypeIsRefusedWhereItIsRaised() {
        assertThatThrownBy(() -> new Lamp().raiseUntyped())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@EventType");
    }
}
