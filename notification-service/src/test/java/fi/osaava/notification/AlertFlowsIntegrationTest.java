package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import jakarta.mail.internet.MimeMessage;

/**
 * Issue 7's flows over the real broker, store, SMTP server and HTTP: explicit subscriptions and their
 * validation, the alerts topic, reverse alerts, governance and deadline alerts, one-click unsubscribe and a
 * person's own preferences.
 */
class AlertFlowsIntegrationTest extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        // every offering with a registration deadline ahead is "closing soon" here
        registry.add("osaava.alerts.deadline-notice", () -> "3650d");
        registry.add("osaava.alerts.deadline-check-interval", () -> "200ms");
    }

    final HttpClient browser = HttpClient.newHttpClient();

    // --- the world -------------------------------------------------------------------------------------------

    /** Registers an organisation whose alerts go to {@code info@<domain>}; returns its id. */
    String organisation(TestEvents events, String domain, String type, String kind, String region,
                        String offered, String interested, long revision) {
        String id = "org-" + domain;
        String json = """
                {"organisationId":"%s","name":"%s","businessId":"0000001-9","type":"%s","kind":"%s",
                 "ring":"CORE","status":"ACTIVE","regions":["%s"],"competenceAreasOffered":%s,
                 "competenceAreasOfInterest":%s,"targetGroups":[],"contactEmail":"info@%s","demo":true,
                 "registeredAt":"2026-11-23T08:00:00Z","revision":%d}""".formatted(id, domain.substring(0,
                domain.indexOf('-')), type, kind, region, offered,
                interested, domain, revision);
        EventContracts.assertConforms(EventContracts.ORGANISATION_REGISTERED, json);
        events.send(ORGS, id, EventContracts.ORGANISATION_REGISTERED, json);
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById(id)
                .map(r -> r.revision() == revision).orElse(false) && !subscriptionsOf(id).isEmpty());
        return id;
    }

    static String need(String needId, String reporter, String area) {
        String json = """
                {"needId":"%s","reportingOrganisationId":"%s","region":"11","competenceAreas":["%s"],
                 "targetGroup":"STAFF","title":"Tarve %s","description":"Kuvaus","estimatedLearners":30,
                 "horizon":"NOW","publishedAt":"2026-11-23T09:00:00Z"}""".formatted(needId, reporter, area,
                needId.substring(0, 8));
        EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_PUBLISHED, json);
        return json;
    }

    /** Publishes a need of org-pshva's in region 11 in this area. */
    static void publishNeed(TestEvents events, String area) {
        String needId = UUID.randomUUID().toString();
        events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_PUBLISHED, need(needId, "org-pshva", area));
    }

    /** Publishes a need in the area and returns the mail it sends to this address, the first one there. */
    MimeMessage theOneMailANeedSends(TestEvents events, String area, String address) {
        publishNeed(events, area);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() == 1);
        return mailsTo(address).get(0);
    }

    static String offering(String offeringId, String provider, String region) {
        String example = EventContracts.example(EventContracts.OFFERING_PUBLISHED);
        String json = example.replace("a8d4e2f1-6c3b-4e9a-b7d5-0f2c8e1a9b64", offeringId)
                .replace("3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83", provider)
                .replace("\"regions\": [\n    \"11\"\n  ]", "\"regions\": [\n    \"" + region + "\"\n  ]");
        EventContracts.assertConforms(EventContracts.OFFERING_PUBLISHED, json);
        return json;
    }

    List<MimeMessage> mailsTo(String address) {
        return Mails.to(SMTP, address);
    }

    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> subscribe(String token, String json) {
        return (ResponseEntity<Map<String, Object>>) (ResponseEntity<?>) api().post().uri("/api/subscriptions")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toEntity(Map.class);
    }

    /** The link of a mail, on this test's server (the mails name the configured public address). */
    URI local(String link) {
        return URI.create("http://localhost:" + port + URI.create(link).getPath());
    }

    HttpResponse<String> browse(String method, URI uri, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String unsubscribeLink(MimeMessage mail) {
        return Mails.header(mail, "List-Unsubscribe").replaceAll("^<|>$", "");
    }

    // --- the flows --------------------------------------------------------------------------------------------

    @Test
    void aKafkaSubscriptionGetsEachMatchingOfferingOnceOnTheAlertsTopicAsItsContractSays() throws Exception {
        String system = "provider-system-" + UUID.randomUUID();
        ResponseEntity<Map<String, Object>> created = subscribe(TestTokens.forOrganisation(system, "MEMBER"), """
                {"topics":["OFFERING_PUBLISHED"],"competenceAreas":["medication-safety"],"regions":["11"],
                 "channel":"KAFKA"}""");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String subscriptionId = (String) created.getBody().get("id");
        try (TestEvents events = TestEvents.to(brokers); TopicProbe alerts = TopicProbe.on(brokers, ALERTS)) {
            String offeringId = UUID.randomUUID().toString();
            String ceId = events.send(OFFERINGS, offeringId, EventContracts.OFFERING_PUBLISHED,
                    offering(offeringId, "savonia-" + offeringId, "11"));
            String elsewhere = UUID.randomUUID().toString();
            events.send(OFFERINGS, elsewhere, EventContracts.OFFERING_PUBLISHED, offering(elsewhere, "tamk", "06"));

            List<ConsumerRecord<String, String>> records = alerts.await(1, Duration.ofSeconds(20));
            ConsumerRecord<String, String> alert = records.stream().filter(r -> subscriptionId.equals(r.key()))
                    .findFirst().orElseThrow();
            EventContracts.assertConforms(EventContracts.ALERT_RAISED, alert.value());
            assertThat(TopicProbe.header(alert, "ce_type")).isEqualTo(EventContracts.ALERT_RAISED);
            assertThat(alert.value()).contains(offeringId, "\"topic\":\"OFFERING_PUBLISHED\"", "\"role\":\"SUBSCRIBED\"");

            // the same event again: no second alert; the other region's offering never made one
            events.send(OFFERINGS, offeringId, EventContracts.OFFERING_PUBLISHED,
                    offering(offeringId, "savonia-" + offeringId, "11"), ceId);
            List<ConsumerRecord<String, String>> later = alerts.drain(Duration.ofSeconds(3));
            assertThat(later).filteredOn(r -> subscriptionId.equals(r.key())).isEmpty();
            assertThat(records).filteredOn(r -> subscriptionId.equals(r.key())).hasSize(1);
        }
    }

    @Test
    void aSubscriptionIsValidatedFieldByFieldAndAnotherOrganisationsIsNotThere() {
        String token = TestTokens.forOrganisation("org-validating", "MEMBER");
        ResponseEntity<Map<String, Object>> bad = subscribe(token, """
                {"topics":["NEED_PUBLISHED"],"competenceAreas":["no-such-area"],"regions":["99"],
                 "targetGroups":["CHILDREN"],"channel":"EMAIL","address":"not an address","language":"de"}""");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().toString()).contains("competenceAreas", "regions", "targetGroups", "address", "language");

        ResponseEntity<Map<String, Object>> internal = subscribe(token, """
                {"topics":["NEED_PUBLISHED"],"channel":"WEBHOOK","address":"https://10.0.0.1/hooks"}""");
        assertThat(internal.getStatusCode().value()).isEqualTo(400);
        assertThat(internal.getBody().toString()).contains("address");

        ResponseEntity<Map<String, Object>> digestWebhook = subscribe(token, """
                {"topics":["NEED_PUBLISHED"],"channel":"WEBHOOK","address":"https://hooks.example.org/x","cadence":"DAILY"}""");
        assertThat(digestWebhook.getStatusCode().value()).isEqualTo(400);
        assertThat(subscribe(token, "{\"channel\":\"EMAIL\",\"address\":\"a@b.fi\"}").getStatusCode().value())
                .isEqualTo(400);

        ResponseEntity<Map<String, Object>> mine = subscribe(token, """
                {"topics":["NEED_PUBLISHED"],"channel":"EMAIL","address":"tilaaja@validating.demo.osaava.fi"}""");
        assertThat(mine.getStatusCode().value()).isEqualTo(201);
        String id = (String) mine.getBody().get("id");
        assertThat(api().get().uri("/api/subscriptions/{id}", id)
                .header("Authorization", "Bearer " + TestTokens.forOrganisation("org-other", "MEMBER"))
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
        assertThat(api().delete().uri("/api/subscriptions/{id}", id).header("Authorization", "Bearer " + token)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(204);
        assertThat(api().get().uri("/api/subscriptions/{id}", id).header("Authorization", "Bearer " + token)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void onePostUnsubscribesWithoutLoginOrCookiesAndAGetChangesNothing() throws Exception {
        try (TestEvents events = TestEvents.to(brokers)) {
            String domain = domain("lopettaja");
            String provider = organisation(events, domain, "VOCATIONAL_COLLEGE", "EDUCATION_PROVIDER",
                    "11", "[\"documentation\"]", "[]", 1);
            String address = "info@" + domain;
            URI unsubscribe = local(unsubscribeLink(theOneMailANeedSends(events, "documentation", address)));

            HttpResponse<String> page = browse("GET", unsubscribe, "");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<form").contains("method=\"post\"");
            publishNeed(events, "documentation");
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() == 2);

            HttpResponse<String> oneClick = browse("POST", unsubscribe, "List-Unsubscribe=One-Click");
            assertThat(oneClick.statusCode()).isEqualTo(200);
            assertThat(oneClick.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(browse("POST", unsubscribe, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
            assertThat(subscriptionsOf(provider)).singleElement().satisfies(s -> {
                assertThat(s.get("active")).isEqualTo(false);
                assertThat(s.get("unsubscribedAt")).isNotNull();
            });

            // a later need reaches another provider, not the one that left
            String otherDomain = domain("jatkaja");
            organisation(events, otherDomain, "VOCATIONAL_COLLEGE", "EDUCATION_PROVIDER",
                    "11", "[\"documentation\"]", "[]", 1);
            publishNeed(events, "documentation");
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("info@" + otherDomain).size() == 1);
            assertThat(mailsTo(address)).hasSize(2);
            assertThat(browse("POST", local("/unsubscribe/forged.token"), "List-Unsubscribe=One-Click").statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void aPersonsOwnCadenceAndLanguageWinOverTheProfileAndTheirAlertsWaitForTheDigest() throws Exception {
        try (TestEvents events = TestEvents.to(brokers)) {
            String domain = domain("kotihoiva");
            String producer = organisation(events, domain, "SERVICE_PRODUCER", "SERVICE_PRODUCER",
                    "11", "[]", "[\"home-care\"]", 1);
            String address = "info@" + domain;
            String preferences = Mails.text(theOneMailANeedSends(events, "home-care", address)).lines()
                    .filter(line -> line.contains("/preferences/")).findFirst().orElseThrow().trim();

            assertThat(browse("GET", local(preferences), "").body()).contains("NEED_PUBLISHED");
            HttpResponse<String> saved = browse("POST", local(preferences),
                    "topics=NEED_PUBLISHED&topics=OFFERING_PUBLISHED&cadence=DAILY&language=sv");
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(browse("POST", local(preferences), "cadence=WEEKLY&language=sv").statusCode()).isEqualTo(400);

            // the organisation's profile changes: the person's choice stays
            organisation(events, domain, "SERVICE_PRODUCER", "SERVICE_PRODUCER",
                    "11", "[]", "[\"home-care\",\"documentation\"]", 2);
            assertThat(subscriptionsOf(producer)).singleElement().satisfies(s -> {
                assertThat(s.get("cadence")).isEqualTo("DAILY");
                assertThat(s.get("language")).isEqualTo("sv");
                assertThat(s.get("personalised")).isEqualTo(true);
                assertThat(String.valueOf(s.get("competenceAreas"))).contains("documentation");
            });
            String subscriptionId = (String) subscriptionsOf(producer).get(0).get("id");

            publishNeed(events, "documentation");
            await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(Query.query(
                    Criteria.where("subscriptionId").is(subscriptionId)), "digest-items") == 1);
            assertThat(mailsTo(address)).hasSize(1);
        }
    }

    @Test
    void anAnswerAndANewCoveringOfferingReachTheReporterAndTheEndorsersWhateverTheirProfiles() {
        try (TestEvents events = TestEvents.to(brokers)) {
            String reporterDomain = domain("raportoija");
            String reporter = organisation(events, reporterDomain, "WELLBEING_SERVICES_COUNTY", "OTHER",
                    "11", "[]", "[]", 1);
            String endorserDomain = domain("tukija");
            String endorser = organisation(events, endorserDomain, "SERVICE_PRODUCER", "SERVICE_PRODUCER",
                    "06", "[]", "[\"child-protection\"]", 1);
            String needId = UUID.randomUUID().toString();

            String answered = EventContracts.example(EventContracts.COMPETENCE_NEED_ANSWERED)
                    .replace("5b9e7c3d-2a41-4f86-8d0e-c6a1f3b7e925", needId)
                    .replace("d2e8b6a4-7f19-4c3e-a5b0-91c4e7d2f638", reporter)
                    .replace("7e2a9c41-0d5b-4f83-a6c2-9b1e3d5f7a08", endorser);
            EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_ANSWERED, answered);
            events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_ANSWERED, answered);
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("info@" + reporterDomain).size() == 1
                    && mailsTo("info@" + endorserDomain).size() == 1);
            assertThat(Mails.text(mailsTo("info@" + reporterDomain).get(0))).contains("organisaatiosi ilmoitti");
            assertThat(Mails.text(mailsTo("info@" + endorserDomain).get(0))).contains("organisaatiosi on tukenut");

            // a new offering covers (part of) the need, and then the need's coverage is complete
            String gained = EventContracts.example(EventContracts.COMPETENCE_NEED_COVERAGE_GAINED)
                    .replace("5b9e7c3d-2a41-4f86-8d0e-c6a1f3b7e925", needId)
                    .replace("d2e8b6a4-7f19-4c3e-a5b0-91c4e7d2f638", reporter)
                    .replace("7e2a9c41-0d5b-4f83-a6c2-9b1e3d5f7a08", endorser);
            EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_COVERAGE_GAINED, gained);
            events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_COVERAGE_GAINED, gained);
            String covered = EventContracts.example(EventContracts.COMPETENCE_NEED_COVERED)
                    .replace("5b9e7c3d-2a41-4f86-8d0e-c6a1f3b7e925", needId)
                    .replace("d2e8b6a4-7f19-4c3e-a5b0-91c4e7d2f638", reporter)
                    .replace("7e2a9c41-0d5b-4f83-a6c2-9b1e3d5f7a08", endorser);
            events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_COVERED, covered);
            // a marker need after them on the partition: once its alert is out, both were read
            String markerDomain = domain("merkki");
            organisation(events, markerDomain, "VOCATIONAL_COLLEGE", "EDUCATION_PROVIDER",
                    "11", "[\"rehabilitation\"]", "[]", 1);
            publishNeed(events, "rehabilitation");
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("info@" + markerDomain).size() == 1);
            // one "an offering covers your need" each: the covered event that follows alerts nobody again
            assertThat(mailsTo("info@" + reporterDomain)).hasSize(2);
            assertThat(mailsTo("info@" + endorserDomain)).hasSize(2);
            assertThat(Mails.header(mailsTo("info@" + reporterDomain).get(1), "X-Osaava-Topic")).isEqualTo("NEED_COVERED");
            assertThat(Mails.text(mailsTo("info@" + reporterDomain).get(1))).contains("Turvallinen lääkehoito kotihoidossa");
        }
    }

    @Test
    void meetingsAndAnnualClockRemindersReachSubscribersOfTheEcosystemsRegions() {
        String ecosystemId = "eko-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.forOrganisation("org-governance", "MEMBER");
        String here = "kokoukset@" + ecosystemId + ".demo.osaava.fi";
        String elsewhere = "muualla@" + ecosystemId + ".demo.osaava.fi";
        assertThat(subscribe(token, """
                {"topics":["MEETING_SCHEDULED","ANNUAL_CLOCK_REMINDER"],"regions":["11"],"channel":"EMAIL",
                 "address":"%s","language":"en"}""".formatted(here)).getStatusCode().value()).isEqualTo(201);
        assertThat(subscribe(token, """
                {"topics":["MEETING_SCHEDULED"],"regions":["06"],"channel":"EMAIL","address":"%s"}"""
                .formatted(elsewhere)).getStatusCode().value()).isEqualTo(201);
        try (TestEvents events = TestEvents.to(brokers)) {
            String founded = EventContracts.example(EventContracts.ECOSYSTEM_FOUNDED).replace("pohjois-savo", ecosystemId);
            events.send(ECOSYSTEMS, ecosystemId, EventContracts.ECOSYSTEM_FOUNDED, founded);
            // governance comes on another topic: wait until the ecosystem's regions are known
            await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(Query.query(
                    Criteria.where("_id").is(ecosystemId)), "ecosystems"));

            String meetingId = UUID.randomUUID().toString();
            String meeting = EventContracts.example(EventContracts.MEETING_SCHEDULED)
                    .replace("5e8d2c41-7a3b-4f96-b0e2-9c1d6a4f8e73", meetingId).replace("pohjois-savo", ecosystemId);
            events.send(GOVERNANCE, meetingId, EventContracts.MEETING_SCHEDULED, meeting);
            String entryId = UUID.randomUUID().toString();
            String due = EventContracts.example(EventContracts.ANNUAL_CLOCK_ENTRY_DUE)
                    .replace("a3c5e7f9-1b2d-4f60-8e4a-6c8d0f2b4e71", entryId).replace("pohjois-savo", ecosystemId);
            events.send(GOVERNANCE, entryId, EventContracts.ANNUAL_CLOCK_ENTRY_DUE, due);

            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(here).size() == 2);
            assertThat(mailsTo(here)).extracting(m -> Mails.header(m, "X-Osaava-Topic"))
                    .containsExactlyInAnyOrder("MEETING_SCHEDULED", "ANNUAL_CLOCK_REMINDER");
            assertThat(mailsTo(here)).anySatisfy(m -> assertThat(Mails.text(m)).contains("Competence needs survey opens"));
            assertThat(mailsTo(elsewhere)).isEmpty();
        }
    }

    @Test
    void anOfferingWhoseRegistrationClosesSoonIsAnnouncedOnceToItsSubscribers() {
        String address = "ilmoittautumiset-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.osaava.fi";
        assertThat(subscribe(TestTokens.forOrganisation("org-deadlines", "MEMBER"), """
                {"topics":["PRE_REGISTRATION_DEADLINE_NEAR"],"competenceAreas":["client-patient-safety"],
                 "channel":"EMAIL","address":"%s"}""".formatted(address)).getStatusCode().value()).isEqualTo(201);
        try (TestEvents events = TestEvents.to(brokers)) {
            String offeringId = UUID.randomUUID().toString();
            String published = offering(offeringId, "savonia", "11");
            events.send(OFFERINGS, offeringId, EventContracts.OFFERING_PUBLISHED, published);
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() == 1);
            assertThat(Mails.header(mailsTo(address).get(0), "X-Osaava-Topic")).isEqualTo("PRE_REGISTRATION_DEADLINE_NEAR");

            // published again (a redelivery under a new id) with the same deadline: not announced twice
            events.send(OFFERINGS, offeringId, EventContracts.OFFERING_PUBLISHED, published);
            String marker = UUID.randomUUID().toString();
            events.send(OFFERINGS, marker, EventContracts.OFFERING_PUBLISHED, offering(marker, "savonia", "11"));
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() == 2);
            assertThat(mailsTo(address)).extracting(m -> Mails.header(m, "X-Osaava-Event-Id"))
                    .anySatisfy(id -> assertThat(id).contains(offeringId))
                    .anySatisfy(id -> assertThat(id).contains(marker));
        }
    }
}
