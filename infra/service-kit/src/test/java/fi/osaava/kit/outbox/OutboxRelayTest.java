package fi.osaava.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.messaging.Message;

import com.mongodb.client.MongoClients;

import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class OutboxRelayTest {

    private final StreamBridge bridge = mock(StreamBridge.class);
    private final List<Message<?>> sent = new ArrayList<>();
    private MongoTemplate mongo;
    private OutboxRelay relay;

    @Document("things")
    static class Thing extends OutboxAggregate {
        @Id
        String id = UUID.randomUUID().toString();
        @org.springframework.data.annotation.Version
        Long version;

        void happen(String what) {
            raise("fi.osaava.test.thing." + what + ".v1", new Happened(id, what), Instant.parse("2026-11-23T10:00:00Z"));
        }

        @Override
        protected String aggregateId() {
            return id;
        }
    }

    record Happened(String thingId, String what) {
    }

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(MongoClients.create(EmbeddedMongoInitializer.connectionString("outbox")), "outbox-" + UUID.randomUUID());
        relay = new OutboxRelay(mongo, bridge, List.of(new OutboxRoute("things", "things-out")),
                new OutboxProperties("/osaava/test", Duration.ofMillis(100), 100), new SimpleMeterRegistry());
    }

    private void brokerAccepts() {
        when(bridge.send(eq("things-out"), any(Message.class))).thenAnswer(call -> sent.add(call.getArgument(1)));
    }

    @Test
    void publishesPendingEventsInOrderAsCloudEventsAndRemovesThem() {
        brokerAccepts();
        Thing thing = new Thing();
        thing.happen("born");
        thing.happen("grew");
        mongo.insert(thing);

        assertThat(relay.relay()).isEqualTo(2);

        assertThat(sent).extracting(m -> header(m, "ce_type"))
                .containsExactly("fi.osaava.test.thing.born.v1", "fi.osaava.test.thing.grew.v1");
        Message<?> first = sent.get(0);
        assertThat(header(first, "kafka_messageKey")).isEqualTo(thing.id);
        assertThat(header(first, "ce_subject")).isEqualTo(thing.id);
        assertThat(header(first, "ce_source")).isEqualTo("/osaava/test");
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_time")).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(header(first, "ce_dataschema")).endsWith("fi.osaava.test.thing.born.v1.schema.json");
        assertThat(new String((byte[]) first.getPayload(), StandardCharsets.UTF_8))
                .isEqualTo("{\"thingId\":\"" + thing.id + "\",\"what\":\"born\"}");
        assertThat(mongo.findById(thing.id, Thing.class).pendingEvents()).isEmpty();
        assertThat(relay.relay()).isZero();
    }

    @Test
    void keepsEventsWhenTheBrokerFailsAndSendsThemOnceItIsBack() {
        when(bridge.send(eq("things-out"), any(Message.class))).thenThrow(new IllegalStateException("broker down"));
        Thing thing = new Thing();
        thing.happen("born");
        thing.happen("grew");
        mongo.insert(thing);

        assertThat(relay.relay()).isZero();
        assertThat(mongo.findById(thing.id, Thing.class).pendingEvents()).hasSize(2);

        org.mockito.Mockito.reset(bridge);
        brokerAccepts();
        assertThat(relay.relay()).isEqualTo(2);
        assertThat(sent).extracting(m -> header(m, "ce_type"))
                .containsExactly("fi.osaava.test.thing.born.v1", "fi.osaava.test.thing.grew.v1");
    }

    @Test
    void anEventAddedWhileTheRelayWasSendingStaysForTheNextSweep() {
        Thing thing = new Thing();
        thing.happen("born");
        mongo.insert(thing);
        when(bridge.send(eq("things-out"), any(Message.class))).thenAnswer(call -> {
            sent.add(call.getArgument(1));
            if (sent.size() == 1) {
                Thing concurrent = mongo.findById(thing.id, Thing.class);
                concurrent.happen("grew");
                mongo.save(concurrent);
            }
            return true;
        });

        relay.relay();
        assertThat(mongo.findById(thing.id, Thing.class).pendingEvents())
                .extracting(e -> e.type()).containsExactly("fi.osaava.test.thing.grew.v1");
        relay.relay();
        assertThat(sent).hasSize(2);
        assertThat(mongo.findById(thing.id, Thing.class).pendingEvents()).isEmpty();
    }

    @Test
    void aSaveOfACopyLoadedBeforeTheRelayRemovedAnEventFailsItsVersionCheckInsteadOfWritingTheEventBack() {
        brokerAccepts();
        Thing thing = new Thing();
        thing.happen("born");
        mongo.insert(thing);
        Thing loadedBeforeTheRelay = mongo.findById(thing.id, Thing.class);

        relay.relay();

        assertThatThrownBy(() -> mongo.save(loadedBeforeTheRelay))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        Thing reloaded = mongo.findById(thing.id, Thing.class);
        assertThat(reloaded.pendingEvents()).isEmpty();
        mongo.save(reloaded);
        assertThat(relay.relay()).as("nothing is published twice").isZero();
        assertThat(sent).hasSize(1);
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
