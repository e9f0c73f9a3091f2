package fi.osaava.needs.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.needs.need.NeedStatus;
import fi.osaava.needs.need.Needs;

/**
 * Coverage end to end on a real broker and the MongoDB wire protocol: catalogue offering events on
 * {@code catalogue.offerings.v1} make needs COVERED and take it away again; poison goes to the
 * dead-letter topic and the consumer goes on.
 */
@ServiceIntegrationTest
class CoverageIntegrationTest {

    static final String OFFERINGS = "catalogue.offerings.v1";
    static final String NEEDS = "needs.competence-needs.v1";
    static final String DEAD_LETTERS = "needs.dead-letters.v1";
    static final String PUBLISHED = "fi.osaava.catalogue.offering.published.v1";
    static final String UPDATED = "fi.osaava.catalogue.offering.updated.v1";
    static final String WITHDRAWN = "fi.osaava.catalogue.offering.withdrawn.v1";

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    Needs needs;

    @Autowired
    PublishedOfferings offerings;

    TestEvents events;
    RestClient http;

    @BeforeEach
    void connect() {
        events = TestEvents.to(brokers);
        http = TestHttp.to(port).build();
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aNeedBecomesCoveredWhenACoveringOfferingIsPublishedAndLosesItWhenTheOfferingIsWithdrawn() {
        String needId = publishNeed("org-pshva", "medication-calculations", "11", "2027-01-01", "2027-06-30");
        String offeringId = UUID.randomUUID().toString();

        // a broader medication-safety course in Kuopio in March 2027 covers a medication-calculations need
        events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "medication-safety", "11", "ON_SITE", "2027-03-03T08:00:00Z"));
        Map<?, ?> covered = awaitStatus(needId, "COVERED");
        assertThat((List<?>) covered.get("coveringOfferings")).singleElement()
                .satisfies(o -> assertThat(((Map<?, ?>) o).get("offeringId")).isEqualTo(offeringId));
        assertThat(http.get().uri("/api/needs/{id}/coverage", needId).header("Authorization", member("org-savonia"))
                .retrieve().body(Map.class)).containsEntry("uncoveredAreas", List.of());

        events.send(OFFERINGS, offeringId, WITHDRAWN, """
                {"offeringId":"%s","providerOrganisationId":"org-savonia","reason":"Peruttu","withdrawnAt":"%s"}"""
                .formatted(offeringId, Instant.now()));
        Map<?, ?> lost = awaitStatus(needId, "PUBLISHED");
        assertThat((List<?>) lost.get("coveringOfferings")).isEmpty();
        assertThat(lost.get("uncoveredAreas")).isEqualTo(List.of("medication-calculations"));

        try (TopicProbe probe = TopicProbe.on(brokers, NEEDS)) {
            List<String> types = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                types.addAll(typesOf(probe, needId));
                assertThat(types).containsExactly("fi.osaava.needs.competence-need.published.v1",
                        "fi.osaava.needs.competence-need.coverage-gained.v1", "fi.osaava.needs.competence-need.covered.v1",
                        "fi.osaava.needs.competence-need.coverage-lost.v1");
            });
        }

        // a withdrawn offering never comes back, even if an old published event is delivered again
        events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "medication-safety", "11", "ON_SITE", "2027-03-03T08:00:00Z"));
        awaitConsumerCaughtUp();
        assertThat(offerings.findById(offeringId).orElseThrow().state()).isEqualTo(OfferingState.WITHDRAWN);
        assertThat(needs.findById(needId).orElseThrow().status()).isEqualTo(NeedStatus.PUBLISHED);
    }

    @Test
    void anOfferingCoveringPartOfANeedIsPublishedAsCoverageGainedWhileTheNeedStaysOpen() {
        String needId = (String) http.post().uri("/api/needs?publish=true").header("Authorization", member("org-pshva"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"region":"17","competenceAreas":["palliative-care","memory-disorders"],"targetGroup":"STAFF",
                         "title":"Saattohoito ja muistisairaudet","estimatedLearners":40,"horizon":"WITHIN_A_YEAR"}""")
                .retrieve().body(Map.class).get("id");
        String offeringId = UUID.randomUUID().toString();

        // on site in Pohjois-Pohjanmaa, where no other test's need is: it covers nothing but this need's one area
        events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "palliative-care", "17", "ON_SITE", "2027-05-04T08:00:00Z"));

        try (TopicProbe probe = TopicProbe.on(brokers, NEEDS)) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                probe.drain(Duration.ofMillis(500)).stream().filter(r -> needId.equals(r.key())).forEach(records::add);
                assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                        "fi.osaava.needs.competence-need.published.v1", "fi.osaava.needs.competence-need.coverage-gained.v1");
            });
            String gained = records.get(1).value();
            EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_COVERAGE_GAINED, gained);
            assertThat(gained).contains("\"status\":\"PUBLISHED\"", "\"offeringId\":\"" + offeringId + "\"",
                    "\"uncoveredAreas\":[\"memory-disorders\"]");
        }
        assertThat(needs.findById(needId).orElseThrow().status()).isEqualTo(NeedStatus.PUBLISHED);
    }

    @Test
    void aNeedPublishedWhenACoveringOfferingIsAlreadyInTheTrayIsCoveredAtOnce() {
        String offeringId = UUID.randomUUID().toString();
        events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "hand-hygiene", "06", "ONLINE", "2027-02-01T08:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> offerings.existsById(offeringId));

        // an online offering reaches every region
        Map<?, ?> created = postNeed("org-kallavesi", "infection-prevention", "11", null, null);

        assertThat(created.get("status")).isEqualTo("COVERED");
        assertThat((List<?>) created.get("coveringOfferings")).singleElement()
                .satisfies(o -> assertThat(((Map<?, ?>) o).get("coveredAreas")).isEqualTo(List.of("infection-prevention")));
    }

    @Test
    void anUpdatedOfferingThatNoLongerFitsTakesTheCoverageAwayAndARedeliveryChangesNothing() {
        String needId = publishNeed("org-pshva", "documentation", "11", null, null);
        String offeringId = UUID.randomUUID().toString();
        String eventId = events.send(OFFERINGS, offeringId, PUBLISHED,
                offering(offeringId, "documentation", "11", "ON_SITE", "2027-04-01T08:00:00Z"));
        awaitStatus(needId, "COVERED");

        // the same event again (same ce_id): the need is not written again
        events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "documentation", "11", "ON_SITE",
                "2027-04-01T08:00:00Z"), eventId);
        // the provider moves the course to Pirkanmaa: it no longer covers a Pohjois-Savo need
        events.send(OFFERINGS, offeringId, UPDATED, offering(offeringId, "documentation", "06", "ON_SITE", "2027-04-01T08:00:00Z"));
        awaitStatus(needId, "PUBLISHED");

        // an older event arriving late does not bring the old content back
        sendAt(offeringId, PUBLISHED, offering(offeringId, "documentation", "11", "ON_SITE", "2027-04-01T08:00:00Z"),
                Instant.now().minus(Duration.ofHours(1)));
        awaitConsumerCaughtUp();
        assertThat(offerings.findById(offeringId).orElseThrow().regions()).containsExactly("06");
        assertThat(needs.findById(needId).orElseThrow().status()).isEqualTo(NeedStatus.PUBLISHED);
        try (TopicProbe probe = TopicProbe.on(brokers, NEEDS)) {
            List<String> types = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                types.addAll(typesOf(probe, needId));
                assertThat(types).as("the redelivery and the late event changed nothing").containsExactly(
                        "fi.osaava.needs.competence-need.published.v1",
                        "fi.osaava.needs.competence-need.coverage-gained.v1", "fi.osaava.needs.competence-need.covered.v1",
                        "fi.osaava.needs.competence-need.coverage-lost.v1");
            });
        }
    }

    @Test
    void aMalformedOfferingEventGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerGoesOn() {
        String needId = publishNeed("org-pshva", "child-protection", "11", null, null);
        try (TopicProbe deadLetters = TopicProbe.on(brokers, DEAD_LETTERS)) {
            events.send(OFFERINGS, "broken", PUBLISHED, "{\"offeringId\":\"broken\",\"title\":\"no areas\"}");
            ProducerRecord<String, byte[]> notJson = new ProducerRecord<>(OFFERINGS, "garbage",
                    "not json".getBytes(StandardCharsets.UTF_8));
            notJson.headers().add("ce_type", PUBLISHED.getBytes(StandardCharsets.UTF_8));
            events.sendRaw(notJson);
            String offeringId = UUID.randomUUID().toString();
            events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "child-protection", "11", "ON_SITE", "2027-02-01T08:00:00Z"));

            awaitStatus(needId, "COVERED");
            List<ConsumerRecord<String, String>> rejected = deadLetters.await(2, Duration.ofSeconds(30));
            assertThat(rejected).extracting(ConsumerRecord::key).contains("broken", "garbage");
            assertThat(rejected).filteredOn(r -> "broken".equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(TopicProbe.header(r, "x-exception-message"))
                            .contains("breaks its contract", "competenceAreas", "providerOrganisationId"));
            assertThat(rejected).filteredOn(r -> "garbage".equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(TopicProbe.header(r, "x-exception-message")).contains("ce_id"));
        }
    }

    private String publishNeed(String organisation, String area, String region, @Nullable String earliest,
                               @Nullable String latest) {
        return (String) postNeed(organisation, area, region, earliest, latest).get("id");
    }

    private Map<?, ?> postNeed(String organisation, String area, String region, @Nullable String earliest,
                             @Nullable String latest) {
        String timing = (earliest == null ? "" : ",\"earliestStart\":\"" + earliest + "\"")
                + (latest == null ? "" : ",\"latestStart\":\"" + latest + "\"");
        return http.post().uri("/api/needs?publish=true").header("Authorization", member(organisation))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"region":"%s","competenceAreas":["%s"],"targetGroup":"STAFF","title":"Tarve %s",
                         "estimatedLearners":40,"horizon":"WITHIN_A_YEAR"%s}""".formatted(region, area, area, timing))
                .retrieve().body(Map.class);
    }

    private Map<?, ?> awaitStatus(String needId, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get().uri("/api/needs/{id}", needId).header("Authorization", member("org-any"))
                        .retrieve().body(Map.class), need -> status.equals(need.get("status")));
    }

    /**
     * The broker has one partition, so once an offering sent now has been consumed, everything sent
     * before it has been too: a marker need with a start date of its own, and a marker offering on that date.
     */
    private void awaitConsumerCaughtUp() {
        String day = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000)).toString();
        String marker = publishNeed("org-marker", "occupational-safety", "11", day, day);
        String offeringId = UUID.randomUUID().toString();
        events.send(OFFERINGS, offeringId, PUBLISHED, offering(offeringId, "occupational-safety", "11", "ON_SITE",
                day + "T08:00:00Z"));
        awaitStatus(marker, "COVERED");
    }

    private void sendAt(String key, String type, String json, Instant time) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(OFFERINGS, key, json.getBytes(StandardCharsets.UTF_8));
        for (String[] header : new String[][] {{"ce_id", UUID.randomUUID().toString()}, {"ce_type", type},
                {"ce_source", "/osaava/tests"}, {"ce_specversion", "1.0"}, {"ce_time", time.toString()}}) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        events.sendRaw(record);
    }

    private static List<String> typesOf(TopicProbe probe, String needId) {
        return probe.drain(Duration.ofMillis(500)).stream().filter(r -> needId.equals(r.key()))
                .map(r -> TopicProbe.header(r, "ce_type")).toList();
    }

    private static String member(String organisation) {
        return "Bearer " + TestTokens.forOrganisation(organisation, "MEMBER");
    }

    private static String offering(String id, String area, String region, String mode, String startsAt) {
        return """
                {"offeringId":"%s","providerOrganisationId":"org-savonia","title":"Kurssi %s","category":"PROVIDER_TRAINING",
                 "targetGroups":["STAFF"],"competenceAreas":["%s"],"regions":["%s"],"publishedAt":"2026-11-20T10:00:00Z",
                 "delivery":{"mode":"%s"},"startsAt":"%s","endsAt":"2099-01-01T00:00:00Z"}"""
                .formatted(id, area, area, region, mode, startsAt);
    }
}
