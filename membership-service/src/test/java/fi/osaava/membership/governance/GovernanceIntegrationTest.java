package fi.osaava.membership.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import fi.osaava.contracts.EventContracts;
import fi.osaava.membership.TestBusinessIds;
import fi.osaava.membership.TrustedTestIssuers;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.membership.governance.clock.AnnualClockManagement;

/**
 * The annual clock, meetings, agenda proposals and reminders over real HTTP, with a clock the test moves.
 * Each test works in its own ecosystem and its own years, so the reminder task running in the background
 * for every test does not mix their events.
 */
@ServiceIntegrationTest
@Import(GovernanceIntegrationTest.MovableClockConfiguration.class)
@TestPropertySource(properties = {"osaava.identity.coordinator.client-secret=governance-test-secret",
        "osaava.governance.reminder-interval=200ms"})
class GovernanceIntegrationTest {

    static final String TOPIC = "membership.governance.v1";

    /** This service trusts its own issuer first; the kit's test issuer is added as a trusted one. */
    @DynamicPropertySource
    static void testIssuer(DynamicPropertyRegistry registry) {
        TrustedTestIssuers.trustTheTestIssuer(registry);
    }

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MovableClock clock;

    @Autowired
    AnnualClockManagement annualClock;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theAnnualClockListsTheYearsOccurrencesInDateOrderForAnyoneAndOnlyTheCoordinatorKeepsIt() {
        clock.set("2029-11-01T10:00:00Z");
        Ecosystem ecosystem = foundEcosystem();
        String foresight = addEntry(ecosystem, """
                {"title":{"fi":"Ennakointityöpaja","en":"Foresight session"},"responsibleOrganisationId":"%s",
                 "recurrence":{"month":10},"remindDaysBefore":30}""".formatted(ecosystem.coordinatorId()));
        String survey = addEntry(ecosystem, """
                {"title":{"fi":"Osaamistarvekysely avautuu"},"description":"Kysely ydintoimijoille",
                 "responsibleOrganisationId":"%s","recurrence":{"month":1,"day":31,"untilMonth":2,"untilDay":29}}"""
                .formatted(ecosystem.coordinatorId()));
        String planning = addEntry(ecosystem, """
                {"title":{"fi":"Koulutustarjonnan suunnittelu"},"responsibleOrganisationId":"%s",
                 "recurrence":{"month":1,"day":15}}""".formatted(ecosystem.coordinatorId()));

        Map<?, ?> year = anonymous().get().uri("/api/ecosystems/{id}/annual-clock?year=2028", ecosystem.id())
                .retrieve().body(Map.class);

        assertThat(year.get("timeZone")).isEqualTo("Europe/Helsinki");
        List<Map<String, Object>> occurrences = list(year.get("occurrences"));
        assertThat(occurrences).extracting(o -> o.get("entryId")).containsExactly(planning, survey, foresight);
        assertThat(occurrences).extracting(o -> o.get("startsOn")).containsExactly("2028-01-15", "2028-01-31", "2028-10-01");
        assertThat(occurrences).extracting(o -> o.get("endsOn")).containsExactly("2028-01-15", "2028-02-29", "2028-10-31");
        assertThat(occurrences.get(1).get("remindOn")).isEqualTo("2028-01-17");

        assertThat(status(ecosystem.coordinator().post().uri("/api/ecosystems/{id}/annual-clock/entries/{entry}/retire",
                ecosystem.id(), foresight).retrieve().toBodilessEntity())).isEqualTo(200);
        assertThat(list(anonymous().get().uri("/api/ecosystems/{id}/annual-clock?year=2028", ecosystem.id())
                .retrieve().body(Map.class).get("occurrences"))).extracting(o -> o.get("entryId"))
                .containsExactly(planning, survey);
        assertThat(list(anonymous().get().uri("/api/ecosystems/{id}/annual-clock/entries", ecosystem.id()).retrieve()
                .body(List.class))).hasSize(3);

        String entry = """
                {"title":{"fi":"Kevätkokous"},"responsibleOrganisationId":"%s","recurrence":{"month":4,"day":31}}"""
                .formatted(ecosystem.coordinatorId());
        ResponseEntity<Map> impossibleDay = post(ecosystem.coordinator(), "/api/ecosystems/" + ecosystem.id()
                + "/annual-clock/entries", entry);
        assertThat(impossibleDay.getStatusCode().value()).isEqualTo(400);
        assertThat(list(impossibleDay.getBody().get("errors"))).extracting(e -> e.get("field"))
                .containsExactly("recurrence.day");
        assertThat(status(post(member(registerOrganisation("CORE")), "/api/ecosystems/" + ecosystem.id()
                + "/annual-clock/entries", "{}"))).isEqualTo(403);
        assertThat(status(post(anonymous(), "/api/ecosystems/" + ecosystem.id() + "/annual-clock/entries", entry)))
                .isEqualTo(401);
        assertThat(status(anonymous().get().uri("/api/ecosystems/no-such-ecosystem/annual-clock").retrieve()
                .toEntity(Map.class))).isEqualTo(404);
        assertThat(status(anonymous().get().uri("/api/ecosystems/{id}/annual-clock?year=1999", ecosystem.id())
                .retrieve().toEntity(Map.class))).isEqualTo(400);
        assertThat(status(ecosystem.coordinator().post().uri("/api/ecosystems/{id}/annual-clock/entries/{entry}/retire",
                ecosystem.id(), foresight).retrieve().toEntity(Map.class))).isEqualTo(409);
    }

    @Test
    void anAnnualClockEntryComingDueProducesExactlyOneReminderEventEvenWhenTheSchedulerRunsTwice() {
        clock.set("2035-01-10T10:00:00Z");
        Ecosystem ecosystem = foundEcosystem();
        String entry = addEntry(ecosystem, """
                {"title":{"fi":"Priorisointikokous","sv":"Prioriteringsmöte"},"responsibleOrganisationId":"%s",
                 "recurrence":{"month":3,"day":1},"remindDaysBefore":14}""".formatted(ecosystem.coordinatorId()));

        // 23:59 on 14 February in Helsinki: one minute before the reminder day
        clock.set("2035-02-14T21:59:00Z");
        annualClock.remindDue();
        assertThat(reminders(entry)).isZero();

        // midnight in Helsinki, still 14 February in UTC: the reminder is due; two instances run at once
        clock.set("2035-02-14T22:00:00Z");
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(annualClock::remindDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(annualClock::remindDue);
        first.join();
        second.join();
        annualClock.remindDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(entry) == 1);
        List<ConsumerRecord<String, String>> events = eventsFor(entry, 1);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo(EventContracts.ANNUAL_CLOCK_ENTRY_DUE);
            EventContracts.assertConforms(EventContracts.ANNUAL_CLOCK_ENTRY_DUE, event.value());
            assertThat(event.value()).contains("\"startsOn\":\"2035-03-01\"", "\"remindOn\":\"2035-02-15\"",
                    "\"ecosystemId\":\"" + ecosystem.id() + "\"");
        });

        // later runs, the background task's included, add nothing; nor would a restart: the state is in the store
        clock.set("2035-02-20T08:00:00Z");
        annualClock.remindDue();
        assertThat(reminders(entry)).isEqualTo(1);
        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            assertThat(probe.drain(Duration.ofSeconds(2))).filteredOn(r -> entry.equals(r.key())).hasSize(1);
        }
    }

    @Test
    void aMeetingGoesFromScheduledThroughItsPublishedAgendaToItsDecisionsWithCoreActorsProposingItems() {
        clock.set("2031-03-01T08:00:00Z");
        Ecosystem ecosystem = foundEcosystem();
        RestClient coreActor = member(registerOrganisation("CORE", ecosystem.id()));
        RestClient middleRing = member(registerOrganisation("MIDDLE", ecosystem.id()));
        // core in another ecosystem is not core in this one
        RestClient coreElsewhere = member(registerOrganisation("CORE", foundEcosystem().id()));
        String meetings = "/api/ecosystems/" + ecosystem.id() + "/meetings";
        String meeting = """
                {"title":"Kevään priorisointikokous","startsAt":"2031-03-20T09:00:00+02:00",
                 "endsAt":"2031-03-20T12:00:00+02:00","place":"Kuopio (demo)",
                 "onlineUrl":"https://teams.demo.osaava.fi/priorisointi","chair":{"name":"Demo Puheenjohtaja"},
                 "themes":["Ennakointi ja priorisointi"]}""";

        assertThat(status(post(coreActor, meetings, meeting))).isEqualTo(403);
        assertThat(status(post(coreActor, meetings, "{}"))).isEqualTo(403);
        ResponseEntity<Map> plainHttp = post(ecosystem.coordinator(), meetings,
                meeting.replace("https://teams", "http://teams"));
        assertThat(plainHttp.getStatusCode().value()).isEqualTo(400);
        assertThat(list(plainHttp.getBody().get("errors"))).extracting(e -> e.get("field")).containsExactly("onlineUrl");

        ResponseEntity<Map> scheduled = post(ecosystem.coordinator(), meetings, meeting);
        assertThat(scheduled.getStatusCode().value()).isEqualTo(201);
        assertThat(scheduled.getBody()).containsEntry("startsAt", "2031-03-20T09:00:00+02:00")
                .containsEntry("timeZone", "Europe/Helsinki").containsEntry("status", "SCHEDULED");
        String id = (String) scheduled.getBody().get("meetingId");
        String one = meetings + "/" + id;

        assertThat(status(post(ecosystem.coordinator(), one + "/agenda-items",
                "{\"title\":\"Osaamistarpeiden priorisointi 2031\"}"))).isEqualTo(201);
        ResponseEntity<Map> proposed = post(coreActor, one + "/agenda-proposals",
                "{\"title\":\"Yhteinen lääkehoidon verkkokoulutus\",\"description\":\"Yhteistoteutus\"}");
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        String accepted = (String) proposed.getBody().get("proposalId");
        String declined = (String) post(coreActor, one + "/agenda-proposals", "{\"title\":\"Toinen ehdotus\"}")
                .getBody().get("proposalId");
        assertThat(status(post(middleRing, one + "/agenda-proposals", "{\"title\":\"Ei ydintoimija\"}"))).isEqualTo(403);
        assertThat(status(post(coreElsewhere, one + "/agenda-proposals", "{\"title\":\"Toisen ekosysteemin ydintoimija\"}")))
                .isEqualTo(403);
        assertThat(status(post(coreActor, meetings + "/no-such-meeting/agenda-proposals", "{\"title\":\"x\"}")))
                .isEqualTo(404);
        assertThat(status(post(coreActor, one + "/agenda-proposals/" + accepted + "/accept", "")))
                .isEqualTo(403);

        assertThat(status(post(ecosystem.coordinator(), one + "/publish-agenda", ""))).isEqualTo(409);
        assertThat(status(post(ecosystem.coordinator(), one + "/agenda-proposals/" + accepted + "/accept", "")))
                .isEqualTo(200);
        assertThat(status(post(ecosystem.coordinator(), one + "/agenda-proposals/" + declined + "/decline", "{}")))
                .isEqualTo(400);
        assertThat(status(post(ecosystem.coordinator(), one + "/agenda-proposals/" + declined + "/decline",
                "{\"reason\":\"Seuraavaan kokoukseen\"}"))).isEqualTo(200);
        assertThat(list(coreActor.get().uri(one).retrieve().body(Map.class).get("proposals"))).hasSize(2);
        assertThat(list(middleRing.get().uri(one).retrieve().body(Map.class).get("proposals"))).isEmpty();

        ResponseEntity<Map> published = post(ecosystem.coordinator(), one + "/publish-agenda", "");
        assertThat(published.getBody()).containsEntry("status", "AGENDA_PUBLISHED");
        List<Map<String, Object>> agenda = list(published.getBody().get("agenda"));
        assertThat(agenda).extracting(item -> item.get("title"))
                .containsExactly("Osaamistarpeiden priorisointi 2031", "Yhteinen lääkehoidon verkkokoulutus");
        assertThat(status(post(coreActor, one + "/agenda-proposals", "{\"title\":\"Myöhässä\"}"))).isEqualTo(409);

        String decisions = """
                {"decisions":[{"agendaItemId":"%s","text":"Painopisteiksi valittiin lääkehoito."},
                              {"text":"Seuraava kokous toukokuussa."}]}""".formatted(agenda.get(0).get("itemId"));
        assertThat(status(post(ecosystem.coordinator(), one + "/decisions", decisions))).isEqualTo(409);
        clock.set("2031-03-20T07:05:00Z");
        ResponseEntity<Map> held = post(ecosystem.coordinator(), one + "/decisions", decisions);
        assertThat(held.getBody()).containsEntry("status", "HELD");
        assertThat(status(post(ecosystem.coordinator(), one + "/cancel", "{\"reason\":\"myöhässä\"}"))).isEqualTo(409);

        List<ConsumerRecord<String, String>> events = eventsFor(id, 3);
        assertThat(events).extracting(e -> TopicProbe.header(e, "ce_type")).containsExactly(
                EventContracts.MEETING_SCHEDULED, EventContracts.MEETING_AGENDA_PUBLISHED,
                EventContracts.MEETING_DECISIONS_RECORDED);
        events.forEach(e -> EventContracts.assertConforms(TopicProbe.header(e, "ce_type"), e.value()));
        assertThat(events.get(1).value()).contains("\"proposedByOrganisationId\":\"");
    }

    @Test
    void aMeetingStartingWithinTheReminderDaysIsRemindedOfOnceAndACancelledOneIsAnnounced() {
        clock.set("2033-05-02T06:00:00Z");
        Ecosystem ecosystem = foundEcosystem();
        String meetings = "/api/ecosystems/" + ecosystem.id() + "/meetings";
        ResponseEntity<Map> scheduled = post(ecosystem.coordinator(), meetings, """
                {"title":"Ennakointityöpaja","startsAt":"2033-05-05T13:00:00+03:00","endsAt":"2033-05-05T16:00:00+03:00",
                 "onlineUrl":"https://teams.demo.osaava.fi/ennakointi"}""");
        String id = (String) scheduled.getBody().get("meetingId");

        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(
                new Query(Criteria.where("_id").is(id).and("upcomingReminded").is(true)), "meetings"));
        assertThat(status(post(ecosystem.coordinator(), meetings + "/" + id + "/cancel",
                "{\"reason\":\"Päällekkäinen tilaisuus\"}"))).isEqualTo(200);

        List<ConsumerRecord<String, String>> events = eventsFor(id, 3);
        assertThat(events).extracting(e -> TopicProbe.header(e, "ce_type")).containsExactly(
                EventContracts.MEETING_SCHEDULED, EventContracts.MEETING_UPCOMING, EventContracts.MEETING_CANCELLED);
        events.forEach(e -> EventContracts.assertConforms(TopicProbe.header(e, "ce_type"), e.value()));
        assertThat(events.get(0).value()).contains("\"place\":null", "\"chair\":null");
    }

    // --- the ecosystem, its organisations and their tokens

    record Ecosystem(String id, String coordinatorId, RestClient coordinator) {
    }

    Ecosystem foundEcosystem() {
        String coordinatorId = registerOrganisation("CORE");
        String id = "gov-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<Map> founded = post(as(TestTokens.coordinator()), "/api/ecosystems", """
                {"id":"%s","name":"Osaamisen sydän (demo)","regions":["11"],"coordinatorOrganisationId":"%s"}"""
                .formatted(id, coordinatorId));
        assertThat(founded.getStatusCode().value()).isEqualTo(201);
        return new Ecosystem(id, coordinatorId, member(coordinatorId));
    }

    String registerOrganisation(String ring) {
        return registerOrganisation(ring, null);
    }

    /** Registered by the platform coordinator; with an ecosystem, active there at once in that ring. */
    String registerOrganisation(String ring, @org.jspecify.annotations.Nullable String ecosystemId) {
        String inEcosystem = ecosystemId == null ? "" : ",\"ecosystemId\":\"" + ecosystemId + "\"";
        ResponseEntity<Map> created = post(as(TestTokens.coordinator()), "/api/organisations", """
                {"name":"Governance demo %s","businessId":"%s","type":"VOCATIONAL_COLLEGE","ring":"%s","regions":["11"],
                 "contactEmail":"info@governance.demo.osaava.fi","demo":true%s}""".formatted(ring, TestBusinessIds.random(), ring,
                inEcosystem));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    String addEntry(Ecosystem ecosystem, String body) {
        ResponseEntity<Map> added = post(ecosystem.coordinator(), "/api/ecosystems/" + ecosystem.id()
                + "/annual-clock/entries", body);
        assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
        return (String) added.getBody().get("entryId");
    }

    long reminders(String entryId) {
        return mongo.count(new Query(Criteria.where("entryId").is(entryId)), "annual-clock-reminders");
    }

    /** The aggregate's events on the topic, polled until {@code expected} have arrived. */
    List<ConsumerRecord<String, String>> eventsFor(String key, int expected) {
        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                probe.await(Integer.MAX_VALUE, Duration.ofMillis(300)).stream()
                        .filter(r -> key.equals(r.key())).forEach(events::add);
                return events.size() >= expected;
            });
        }
        return events;
    }

    RestClient member(String organisationId) {
        return as(TestTokens.forOrganisation(organisationId, "MEMBER"));
    }

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    RestClient anonymous() {
        return TestHttp.to(port).build();
    }

    static ResponseEntity<Map> post(RestClient http, String uri, String json) {
        RestClient.RequestBodySpec request = http.post().uri(uri);
        if (!json.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.retrieve().toEntity(Map.class);
    }

    static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }


    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** The service's clock, which a test sets; starts at the real time. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void set(String instant) {
            now.set(Instant.parse(instant));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
