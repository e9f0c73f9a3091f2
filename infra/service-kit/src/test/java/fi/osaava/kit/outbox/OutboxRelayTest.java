package fi.osaava.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import fi.osaava.kit.event.EventType;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import fi.osaava.kit.testing.TopicProbe;

/** The relay against a real (embedded KRaft) broker and the store the services use in tests. */
class OutboxRelayTest {

    private static final Duration NEVER = Duration.ofHours(1);
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static EmbeddedKafkaKraftBroker broker;

    private RelayRig rig;

    @Document("things")
    static class Thing extends OutboxAggregate {
        @Id
        String id = UUID.randomUUID().toString();
        @Version
        Long version;

        void happen(String what) {
            Instant at = Instant.parse("2026-11-23T10:00:00Z");
            switch (what) {
                case "born" -> raise(new Born(id, what), at);
                case "grew" -> raise(new Grew(id, what), at);
                case "moved" -> raise(new Moved(id, what), at);
                case "died" -> raise(new Died(id, what), at);
                default -> throw new IllegalArgumentException(what);
            }
        }

        @Override
        protected String aggregateId() {
            return id;
        }
    }

    @EventType("fi.osaava.test.thing.born.v1")
    record Born(String thingId, String what) {
    }

    @EventType("fi.osaava.test.thing.grew.v1")
    record Grew(String thingId, String what) {
    }

    @EventType("fi.osaava.test.thing.moved.v1")
    record Moved(String thingId, String what) {
    }

    @EventType("fi.osaava.test.thing.died.v1")
    record Died(String thingId, String what) {
    }

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @AfterEach
    void closeRig() {
        if (rig != null) {
            rig.close();
        }
    }

    private RelayRig rig(Duration sweepInterval) {
        rig = new RelayRig(broker.getBrokersAsString(), sweepInterval, new OutboxRoute("things", RelayRig.BINDING));
        return rig;
    }

    private static Thing thing(String... happenings) {
        Thing thing = new Thing();
        for (String what : happenings) {
            thing.happen(what);
        }
        return thing;
    }

    @Test
    void publishesAWrittenAggregatesEventsOnItsSignalLongBeforeAnySweep() {
        RelayRig rig = rig(NEVER);
        rig.startLoop(); // its start-up sweep finds nothing; the next one is an hour away
        Thing thing = thing("born", "grew");

        rig.mongo.insert(thing);

        await().atMost(PATIENCE).until(() -> rig.mongo.findById(thing.id, Thing.class).pendingEvents().isEmpty());
        List<ConsumerRecord<String, String>> records = rig.topicContents();
        assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly("fi.osaava.test.thing.born.v1", "fi.osaava.test.thing.grew.v1");
        ConsumerRecord<String, String> first = records.get(0);
        assertThat(first.key()).isEqualTo(thing.id);
        assertThat(TopicProbe.ceHeaders(first)).containsEntry("ce_subject", thing.id)
                .containsEntry("ce_source", "/osaava/test").containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_time", "2026-11-23T10:00:00Z")
                .containsEntry("ce_id", thing.pendingEvents().get(0).eventId())
                .containsEntry("ce_dataschema", "https://osaava.fi/contracts/events/fi.osaava.test.thing.born.v1.schema.json");
        assertThat(TopicProbe.header(first, "content-type")).isEqualTo("application/json");
        assertThat(first.value()).isEqualTo("{\"thingId\":\"" + thing.id + "\",\"what\":\"born\"}");
        assertThat(rig.meters.counter("osaava.outbox.published").count()).isEqualTo(2);
        assertThat(rig.meters.timer("osaava.outbox.latency").count()).isEqualTo(2);
        assertThat(rig.meters.get("osaava.outbox.signals.pending").gauge().value()).isZero();
    }

    @Test
    void publishesOnTheSignalOfATargetedUpdateThatPushedAnEvent() {
        RelayRig rig = rig(NEVER);
        Thing thing = thing();
        rig.mongo.insert(thing);
        rig.startLoop();
        Thing changed = rig.mongo.findById(thing.id, Thing.class);
        changed.happen("moved");

        rig.mongo.updateFirst(new Query(Criteria.where("_id").is(thing.id)),
                new Update().push("outbox").each(changed.stageRaisedEvents().toArray()), Thing.class);
        rig.signals.written("things", thing.id);

        await().atMost(PATIENCE).until(() -> rig.topicContents().size() == 1);
        assertThat(TopicProbe.header(rig.topicContents().get(0), "ce_type")).isEqualTo("fi.osaava.test.thing.moved.v1");
    }

    @Test
    void theStartUpSweepPublishesWhatWasLeftBehind() throws Exception {
        RelayRig rig = rig(NEVER);
        Thing thing = thing("born");
        rig.mongo.insert(thing);
        assertThat(rig.signals.pending()).isOne();
        rig.signals.await(Duration.ZERO, 10); // the signal was lost, as in a crash after the write

        rig.startLoop();

        await().atMost(PATIENCE).until(() -> rig.topicContents().size() == 1);
        assertThat(TopicProbe.header(rig.topicContents().get(0), "ce_id")).isEqualTo(thing.pendingEvents().get(0).eventId());
    }

    @Test
    void thePeriodicSweepPublishesAnEventWrittenWithoutAnySignal() {
        RelayRig rig = rig(Duration.ofMillis(300));
        rig.startLoop();
        Thing thing = thing("born");
        org.bson.Document raw = new org.bson.Document();
        rig.mongo.getConverter().write(thing, raw);

        rig.mongo.getCollection("things").insertOne(raw); // the driver itself: no event, no signal

        assertThat(rig.signals.pending()).isZero();
        await().atMost(PATIENCE).until(() -> rig.topicContents().size() == 1);
        await().atMost(PATIENCE).until(() -> rig.mongo.findById(thing.id, Thing.class).pendingEvents().isEmpty());
    }

    @Test
    void aWriteThatWasAppliedButGotNoAnswerIsPublishedLongBeforeThePeriodicSweep() throws Exception {
        String direct = EmbeddedMongoInitializer.connectionString("outbox");
        try (AnswerDroppingProxy proxy = new AnswerDroppingProxy(URI.create(direct).getPort())) {
            rig = new RelayRig(broker.getBrokersAsString(), NEVER, 100, new OutboxRoute("things", RelayRig.BINDING),
                    "mongodb://127.0.0.1:" + proxy.port() + "/outbox");
            rig.startLoop(); // its start-up sweep finds nothing; the next one is an hour away
            Thing thing = thing("born");
            await().atMost(PATIENCE).until(() -> rig.meters.timer("osaava.outbox.sweep.time").count() == 1);
            proxy.dropAnswers(true);

            assertThatThrownBy(() -> rig.mongo.insert(thing)).as("the writer hears only that the connection broke")
                    .isInstanceOf(DataAccessResourceFailureException.class);
            proxy.dropAnswers(false);

            assertThat(rig.signals.pending()).as("no signal").isZero();
            await().atMost(PATIENCE).until(() -> rig.topicContents().size() == 1);
            assertThat(TopicProbe.header(rig.topicContents().get(0), "ce_id"))
                    .isEqualTo(thing.pendingEvents().get(0).eventId());
            await().atMost(PATIENCE).until(() -> rig.mongo.findById(thing.id, Thing.class).pendingEvents().isEmpty());
        }
    }

    @Test
    void aWriteTheStoreRefusedAsksForNoSweep() {
        RelayRig rig = rig(NEVER);
        rig.startLoop();
        await().atMost(PATIENCE).until(() -> rig.meters.timer("osaava.outbox.sweep.time").count() == 1);
        Thing thing = thing("born");
        rig.mongo.insert(thing);
        await().atMost(PATIENCE).until(() -> rig.topicContents().size() == 1);
        Thing again = thing("born");
        again.id = thing.id;

        assertThatThrownBy(() -> rig.mongo.insert(again)).isInstanceOf(DuplicateKeyException.class);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).alias("the store answered: nothing ambiguous")
                .until(() -> rig.meters.timer("osaava.outbox.sweep.time").count() == 1);
    }

    @Test
    void theSweepAsksOnlyForAggregatesWithPendingEventsAndTheIndexDeclarationLeavesTheStoreWorking() throws Exception {
        RelayRig rig = rig(NEVER);
        Thing done = thing("born");
        rig.mongo.insert(done);
        rig.relay.relay(); // published: its outbox is now empty
        Thing waiting = thing("born", "grew");
        rig.mongo.insert(waiting);
        rig.signals.await(Duration.ZERO, 10); // no signals: only a sweep finds it

        rig.relay.declareIndexes();
        rig.relay.declareIndexes(); // again, as at every start-up

        assertThat(rig.mongo.count(new Query(Criteria.where(OutboxRelay.PENDING_FIELD).exists(true)), Thing.class))
                .isOne();
        assertThat(rig.relay.relay()).isEqualTo(2);
        assertThat(rig.relay.relay()).isZero();
        assertThat(rig.topicContents()).hasSize(3);
    }

    @Test
    void keepsEachAggregatesOrderAcrossABatch() {
        RelayRig rig = rig(NEVER);
        Map<String, List<String>> raised = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            Thing thing = thing("born", "grew", "moved", "died");
            rig.mongo.insert(thing);
            raised.put(thing.id, thing.pendingEvents().stream().map(e -> e.eventId()).toList());
        }

        assertThat(rig.relay.relay()).isEqualTo(80);

        Map<String, List<String>> published = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : rig.topicContents()) {
            published.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(TopicProbe.header(record, "ce_id"));
        }
        assertThat(published).isEqualTo(raised);
    }

    @Test
    void aFailedSendKeepsThatEventAndTheAggregatesLaterOnesAndTheyGoOutLaterExactlyOnce() {
        RelayRig rig = rig(NEVER);
        Thing unlucky = thing("born", "grew", "died");
        Thing lucky = thing("born", "grew");
        rig.mongo.insert(unlucky);
        rig.mongo.insert(lucky);
        String failing = unlucky.pendingEvents().get(1).eventId();
        rig.failNextSendOf(record -> failing.equals(header(record, "ce_id")));

        assertThat(rig.relay.relay()).isEqualTo(3);

        assertThat(rig.mongo.findById(unlucky.id, Thing.class).pendingEvents()).extracting(e -> e.type())
                .containsExactly("fi.osaava.test.thing.grew.v1", "fi.osaava.test.thing.died.v1");
        assertThat(rig.mongo.findById(lucky.id, Thing.class).pendingEvents()).isEmpty();
        assertThat(rig.topicContents()).extracting(r -> TopicProbe.header(r, "ce_id")).doesNotContain(failing)
                .hasSize(3);
        assertThat(rig.meters.counter("osaava.outbox.failed").count()).isOne();

        assertThat(rig.relay.relay()).isEqualTo(2);

        List<String> unluckysOnTheTopic = rig.topicContents().stream().filter(r -> r.key().equals(unlucky.id))
                .map(r -> TopicProbe.header(r, "ce_id")).toList();
        assertThat(unluckysOnTheTopic).as("each once, in order")
                .containsExactlyElementsOf(unlucky.pendingEvents().stream().map(e -> e.eventId()).toList());
        assertThat(rig.topicContents()).hasSize(5);
        assertThat(rig.mongo.findById(unlucky.id, Thing.class).pendingEvents()).isEmpty();
    }

    @Test
    void theLoopTriesAFailedSendAgainByItselfLongBeforeAnySweep() {
        RelayRig rig = rig(NEVER);
        rig.startLoop();
        Thing unlucky = thing("born", "grew");
        String failing = unlucky.raised().get(0).eventId();
        rig.failNextSendOf(record -> failing.equals(header(record, "ce_id")));

        rig.mongo.insert(unlucky);

        await().atMost(PATIENCE).until(() -> rig.mongo.findById(unlucky.id, Thing.class).pendingEvents().isEmpty());
        assertThat(rig.meters.counter("osaava.outbox.failed").count()).isOne();
        assertThat(rig.topicContents()).extracting(r -> TopicProbe.header(r, "ce_id")).as("each once, in order")
                .containsExactlyElementsOf(unlucky.pendingEvents().stream().map(e -> e.eventId()).toList());
    }

    @Test
    void removesAnAggregatesPublishedEventsWithOneUpdate() {
        RelayRig rig = rig(NEVER);
        Thing thing = thing("born", "grew", "moved");
        rig.mongo.insert(thing);
        long versionBefore = rig.mongo.findById(thing.id, Thing.class).version;

        assertThat(rig.relay.relay()).isEqualTo(3);

        Thing after = rig.mongo.findById(thing.id, Thing.class);
        assertThat(after.pendingEvents()).isEmpty();
        assertThat(after.version).as("one removal, one version step").isEqualTo(versionBefore + 1);
    }

    @Test
    void aRouteWithoutAVersionGetsNone() {
        rig = new RelayRig(broker.getBrokersAsString(), NEVER, OutboxRoute.withoutVersion("things", RelayRig.BINDING));
        Thing thing = thing("born");
        org.bson.Document raw = new org.bson.Document();
        rig.mongo.getConverter().write(thing, raw);
        raw.remove("version");
        rig.mongo.insert(raw, "things");

        assertThat(rig.relay.relay()).isOne();

        org.bson.Document stored = rig.mongo.findById(thing.id, org.bson.Document.class, "things");
        assertThat(stored.getList("outbox", Object.class)).isEmpty();
        assertThat(stored).doesNotContainKey("version");
    }

    @Test
    void anEventAddedWhileTheRelayWasSendingStaysForTheNextPass() {
        RelayRig rig = rig(NEVER);
        Thing thing = thing("born");
        rig.mongo.insert(thing);
        String born = thing.pendingEvents().get(0).eventId();
        rig.failNextSendOf(record -> {
            if (born.equals(header(record, "ce_id"))) {
                Thing concurrent = rig.mongo.findById(thing.id, Thing.class);
                concurrent.happen("grew");
                rig.mongo.save(concurrent);
            }
            return false; // sends it after all
        });

        assertThat(rig.relay.relay()).isOne();

        assertThat(rig.mongo.findById(thing.id, Thing.class).pendingEvents()).extracting(e -> e.type())
                .containsExactly("fi.osaava.test.thing.grew.v1");
        assertThat(rig.relay.relay()).isOne();
        assertThat(rig.topicContents()).hasSize(2);
        assertThat(rig.mongo.findById(thing.id, Thing.class).pendingEvents()).isEmpty();
    }

    @Test
    void aSaveOfACopyLoadedBeforeTheRelayRemovedAnEventFailsItsVersionCheckInsteadOfWritingTheEventBack() {
        RelayRig rig = rig(NEVER);
        Thing thing = thing("born");
        rig.mongo.insert(thing);
        Thing loadedBeforeTheRelay = rig.mongo.findById(thing.id, Thing.class);

        rig.relay.relay();

        assertThatThrownBy(() -> rig.mongo.save(loadedBeforeTheRelay)).isInstanceOf(OptimisticLockingFailureException.class);
        Thing reloaded = rig.mongo.findById(thing.id, Thing.class);
        assertThat(reloaded.pendingEvents()).isEmpty();
        rig.mongo.save(reloaded);
        assertThat(rig.relay.relay()).as("nothing is published twice").isZero();
        assertThat(rig.topicContents()).hasSize(1);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
