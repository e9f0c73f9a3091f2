package fi.osaava.catalogue.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Providers' systems feed their offerings over Kafka, each on its own topic; the catalogue reads every provider
 * topic by pattern, takes the provider from the topic and dead-letters what it cannot trust or read.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "osaava.feeds.topic-discovery-interval-ms=500")
class ProviderFeedIntegrationTest {

    static final String UPSERTED = EventContracts.PROVIDER_OFFERING_UPSERTED;
    static final String WITHDRAWN = EventContracts.PROVIDER_OFFERING_WITHDRAWN;
    static final String DEAD_LETTERS = "catalogue.dead-letters.v1";
    static final String OFFERINGS = "catalogue.offerings.v1";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    EmbeddedKafkaBroker broker;

    String provider;
    String topic;
    TestEvents events;

    /** Created after the service started: the pattern subscription must notice it (metadata.max.age.ms). */
    @BeforeEach
    void aNewProviderWithItsOwnTopic() {
        provider = "org-" + UUID.randomUUID();
        topic = ProviderTopics.topicOf(provider);
        broker.addTopicsWithResults(topic, DEAD_LETTERS);
        events = TestEvents.to(brokers);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anUpsertCreatesTheOfferingOnceAndLaterEventsUpdateAndWithdrawIt() {
        try (TopicProbe published = TopicProbe.on(brokers, OFFERINGS)) {
            String upsert = upsert("SAV-1", data -> data.put("providerOrganisationId", provider));
            String ceId = UUID.randomUUID().toString();
            events.send(topic, "SAV-1", UPSERTED, upsert, ceId);
            Map<String, Object> offering = awaitOffering("SAV-1", o -> true);
            assertThat(offering).containsEntry("status", "PUBLISHED").containsEntry("providerOrganisationId", provider)
                    .containsEntry("sourceSystem", "savonia-opintotarjonta")
                    .containsEntry("title", "Turvallinen lääkehoito kotihoidossa")
                    .containsEntry("capacity", 40).containsEntry("registrationDeadline", "2027-02-24T21:59:59Z")
                    .containsEntry("startsAt", "2027-03-03T12:00:00Z").containsEntry("teachingLanguages", List.of("fi"));
            assertThat((Map<String, Object>) offering.get("titles")).containsEntry("en", "Safe medication in home care");
            assertThat((Map<String, Object>) offering.get("pricing")).containsEntry("kind", "FUNDED");
            assertThat((Map<String, Object>) offering.get("delivery")).containsEntry("mode", "HYBRID");
            assertThat((Map<String, Object>) offering.get("contact")).containsEntry("name", "Sari Savolainen");
            String id = (String) offering.get("id");

            // a redelivery (same ce_id) and a resend of the same content (new ce_id) change nothing
            events.send(topic, "SAV-1", UPSERTED, upsert, ceId);
            events.send(topic, "SAV-1", UPSERTED, upsert);
            events.send(topic, "SAV-2", UPSERTED, upsert("SAV-2", data -> data.put("publish", false)));
            awaitOffering("SAV-2", o -> "DRAFT".equals(o.get("status")));
            assertThat(ownOfferings()).filteredOn(o -> "SAV-1".equals(o.get("externalId"))).hasSize(1);
            assertThat(published.drain(Duration.ofSeconds(2))).filteredOn(r -> id.equals(r.key()))
                    .singleElement().satisfies(r -> {
                        assertThat(TopicProbe.header(r, "ce_type")).isEqualTo(EventContracts.OFFERING_PUBLISHED);
                        EventContracts.assertConforms(EventContracts.OFFERING_PUBLISHED, r.value());
                        assertThat(r.value()).contains("\"subject\":\"kafka:" + topic + "\"", "\"capacity\":40")
                                .doesNotContain("sari.savolainen");
                    });

            // with titles, titles win: title is there for readers of the older events
            events.send(topic, "SAV-1", UPSERTED, upsert("SAV-1", data -> {
                data.put("title", "Lääkehoito, kevät 2026");
                ((ObjectNode) data.get("titles")).put("fi", "Lääkehoito, kevät 2026");
            }));
            assertThat(awaitOffering("SAV-1", o -> "Lääkehoito, kevät 2026".equals(o.get("title"))))
                    .containsEntry("id", id).containsEntry("status", "PUBLISHED");
            ConsumerRecord<String, String> updated = awaitRecord(published, r -> id.equals(r.key()));
            assertThat(TopicProbe.header(updated, "ce_type")).isEqualTo(EventContracts.OFFERING_UPDATED);
            EventContracts.assertConforms(EventContracts.OFFERING_UPDATED, updated.value());

            events.send(topic, "SAV-1", WITHDRAWN, """
                    {"externalId":"SAV-1","reason":"Peruttu"}""");
            assertThat(awaitOffering("SAV-1", o -> "WITHDRAWN".equals(o.get("status"))))
                    .containsEntry("withdrawalReason", "Peruttu");
            ConsumerRecord<String, String> withdrawn = awaitRecord(published, r -> id.equals(r.key()));
            assertThat(TopicProbe.header(withdrawn, "ce_type")).isEqualTo(EventContracts.OFFERING_WITHDRAWN);
            EventContracts.assertConforms(EventContracts.OFFERING_WITHDRAWN, withdrawn.value());
        }
    }

    @Test
    void untrustworthyOrUnreadableRecordsAreDeadLetteredWithTheReasonAndTheFeedGoesOn() {
        String otherProvider = "org-" + UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.on(brokers, DEAD_LETTERS)) {
            events.send(topic, "SAV-9", UPSERTED, upsert("SAV-9", data -> data.put("providerOrganisationId", otherProvider)));
            events.send(topic, "SAV-8", UPSERTED, upsert("SAV-8", data -> data.put("category", "5")));
            events.send(topic, "SAV-other-key", UPSERTED, upsert("SAV-7", data -> { }));
            events.send(topic, "SAV-6", "fi.osaava.provider.offering.renamed.v1", upsert("SAV-6", data -> { }));
            ProducerRecord<String, byte[]> notJson = new ProducerRecord<>(topic, "SAV-5", "{not json".getBytes(StandardCharsets.UTF_8));
            notJson.headers().add("ce_type", UPSERTED.getBytes(StandardCharsets.UTF_8));
            events.sendRaw(notJson);
            events.send(topic, "SAV-4", WITHDRAWN, """
                    {"externalId":"SAV-4","reason":"never offered"}""");
            events.send(topic, "SAV-OK", UPSERTED, upsert("SAV-OK", data -> { }));

            List<ConsumerRecord<String, String>> rejected = awaitRecords(deadLetters, 6,
                    r -> topic.equals(TopicProbe.header(r, "x-original-topic")));
            assertThat(rejected).extracting(ConsumerRecord::key)
                    .containsExactly("SAV-9", "SAV-8", "SAV-other-key", "SAV-6", "SAV-5", "SAV-4");
            assertThat(rejected).extracting(r -> TopicProbe.header(r, "x-exception-message")).satisfiesExactly(
                    reason -> assertThat(reason).startsWith("event claims providerOrganisationId " + otherProvider).contains(topic),
                    reason -> assertThat(reason).contains("JSON Schema", "$.category"),
                    reason -> assertThat(reason).startsWith("record key SAV-other-key is not the event's externalId SAV-7"),
                    reason -> assertThat(reason).startsWith("unknown event type fi.osaava.provider.offering.renamed.v1"),
                    reason -> assertThat(reason).contains("JSON"),
                    reason -> assertThat(reason).startsWith("Provider " + provider + " has no offering with externalId SAV-4"));
            assertThat(rejected).allSatisfy(r -> assertThat(TopicProbe.header(r, "x-exception-message"))
                    .doesNotContain("error occurred in message handler", "Retry policy"));
        }
        assertThat(awaitOffering("SAV-OK", o -> true)).containsEntry("providerOrganisationId", provider);
        assertThat(ownOfferings()).extracting(o -> o.get("externalId")).containsExactly("SAV-OK");
        assertThat(as(TestTokens.forOrganisation(otherProvider, "SYSTEM")).get().uri("/api/offerings")
                .retrieve().body(List.class)).noneMatch(o -> otherProvider.equals(((Map<?, ?>) o).get("providerOrganisationId")));
    }

    @Test
    void anOlderUpsertWithoutTheCompleteFieldsIsStillAppliedButOneBreakingTheOfferingRulesIsDeadLettered() {
        String older = upsert("SAV-OLD", data -> List.of("titles", "summaries", "descriptions", "delivery", "startsAt",
                "endsAt", "registrationDeadline", "pricing", "capacity", "teachingLanguages", "contact", "attachments")
                .forEach(data::remove));
        try (TopicProbe deadLetters = TopicProbe.on(brokers, DEAD_LETTERS)) {
            events.send(topic, "SAV-FUNDED", UPSERTED, upsert("SAV-FUNDED", data -> data.remove("capacity")));
            events.send(topic, "SAV-OLD", UPSERTED, older);
            ConsumerRecord<String, String> rejected = awaitRecord(deadLetters,
                    r -> topic.equals(TopicProbe.header(r, "x-original-topic")));
            assertThat(rejected.key()).isEqualTo("SAV-FUNDED");
            assertThat(TopicProbe.header(rejected, "x-exception-message")).contains("breaks the offering rules",
                    "capacity a FUNDED offering needs a capacity");
        }
        Map<String, Object> offering = awaitOffering("SAV-OLD", o -> true);
        assertThat(offering).containsEntry("title", "Turvallinen lääkehoito kotihoidossa").containsEntry("status", "PUBLISHED")
                .containsEntry("pricing", null).containsEntry("startsAt", null);
        assertThat((Map<String, Object>) offering.get("titles")).containsEntry("fi", "Turvallinen lääkehoito kotihoidossa");
        assertThat(ownOfferings()).extracting(o -> o.get("externalId")).containsExactly("SAV-OLD");
    }

    @Test
    void theOwnerWithdrawsAnOfferingOverHttpOnceAndOthersCannot() {
        RestClient owner = as(TestTokens.forOrganisation(provider, "MEMBER"));
        Map<?, ?> created = owner.post().uri("/api/offerings?publish=true").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"titles":{"fi":"Webinaari"},"category":"FREE_TRAINING_WEBINAR_TOOL","targetGroups":["STAFF"],
                         "competenceAreas":["medication-safety"],"regions":["06"],"delivery":{"mode":"ONLINE"},
                         "startsAt":"2027-01-12T12:00:00Z","endsAt":"2027-01-12T13:00:00Z","pricing":{"kind":"FREE"},
                         "teachingLanguages":["fi"]}""").retrieve().body(Map.class);
        String id = (String) created.get("id");
        String reason = """
                {"reason":"Kouluttaja sairastui"}""";

        RestClient stranger = as(TestTokens.forOrganisation("org-" + UUID.randomUUID(), "MEMBER"));
        assertThat(stranger.post().uri("/api/offerings/{id}/withdraw", id).contentType(MediaType.APPLICATION_JSON)
                .body(reason).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
        assertThat(owner.post().uri("/api/offerings/{id}/withdraw", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\" \"}").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(400);
        try (TopicProbe published = TopicProbe.on(brokers, OFFERINGS)) {
            ResponseEntity<Map> withdrawn = owner.post().uri("/api/offerings/{id}/withdraw", id)
                    .contentType(MediaType.APPLICATION_JSON).body(reason).retrieve().toEntity(Map.class);
            assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
            assertThat((Map<String, Object>) withdrawn.getBody()).containsEntry("status", "WITHDRAWN")
                    .containsEntry("withdrawalReason", "Kouluttaja sairastui");
            ConsumerRecord<String, String> event = awaitRecord(published,
                    r -> id.equals(r.key()) && EventContracts.OFFERING_WITHDRAWN.equals(TopicProbe.header(r, "ce_type")));
            EventContracts.assertConforms(EventContracts.OFFERING_WITHDRAWN, event.value());
        }
        ResponseEntity<Map> again = owner.post().uri("/api/offerings/{id}/withdraw", id)
                .contentType(MediaType.APPLICATION_JSON).body(reason).retrieve().toEntity(Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(owner.post().uri("/api/offerings/{id}/publish", id).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void onlyTheCoordinatorAsksForFeedCredentialsAndAPlaintextClusterIsAClearConflict() {
        assertThat(as(TestTokens.forOrganisation(provider, "MEMBER")).post().uri("/api/feeds/{org}/credentials", provider)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(as(TestTokens.forOrganisation(provider, "MEMBER")).post().uri("/api/feeds/{org}/credentials", "not an id!")
                .retrieve().toBodilessEntity().getStatusCode().value()).as("refused before the path is validated")
                .isEqualTo(403);

        ResponseEntity<Map> answer = as(TestTokens.coordinator()).post().uri("/api/feeds/{org}/credentials", provider)
                .retrieve().toEntity(Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat((String) answer.getBody().get("detail")).startsWith("Kafka security is not enabled on this cluster");
        assertThat(as(TestTokens.coordinator()).post().uri("/api/feeds/{org}/credentials", "a.b")
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(400);
    }

    /** The example of the contract, as this test's provider's system would send it, changed a little. */
    static String upsert(String externalId, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode data = (ObjectNode) JSON.readTree(EventContracts.example(UPSERTED));
        data.remove("providerOrganisationId");
        data.put("externalId", externalId);
        change.accept(data);
        return JSON.writeValueAsString(data);
    }

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** The list shows every provider's published offerings too: only this test's provider's count here. */
    List<Map<String, Object>> ownOfferings() {
        List<Map<String, Object>> visible = as(TestTokens.forOrganisation(provider, "SYSTEM")).get()
                .uri("/api/offerings?size=200").retrieve().body(List.class);
        return visible.stream().filter(o -> provider.equals(o.get("providerOrganisationId"))).toList();
    }

    Map<String, Object> awaitOffering(String externalId, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Map<String, Object>> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = ownOfferings().stream()
                    .filter(o -> externalId.equals(o.get("externalId"))).toList();
            if (seen.stream().anyMatch(condition)) {
                return seen.stream().filter(condition).findFirst().orElseThrow();
            }
            sleep();
        }
        throw new AssertionError("no offering " + externalId + " of " + provider + " as expected; saw " + seen);
    }

    static ConsumerRecord<String, String> awaitRecord(TopicProbe probe, Predicate<ConsumerRecord<String, String>> match) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var found = probe.await(1, Duration.ofMillis(500)).stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no such record within " + PATIENCE);
    }

    static List<ConsumerRecord<String, String>> awaitRecords(TopicProbe probe, int count,
                                                           Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            probe.await(1, Duration.ofMillis(500)).stream().filter(match).forEach(found::add);
        }
        return found;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
