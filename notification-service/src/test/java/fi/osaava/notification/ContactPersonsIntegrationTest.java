package fi.osaava.notification;

import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_PUBLISHED;
import static fi.osaava.contracts.EventContracts.CONTACT_PERSON_ERASED;
import static fi.osaava.contracts.EventContracts.ORGANISATION_CONTACTS_CHANGED;
import static fi.osaava.contracts.EventContracts.ORGANISATION_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.notification.recipient.Recipient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Alerts to contact persons, and their erasure, against the real broker and store. */
class ContactPersonsIntegrationTest extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        registry.add("osaava.alerts.retry-interval", () -> "200ms");
        // the test's own FAILED deliveries are found as a crash's leftovers are: by the retrier's sweep
        registry.add("osaava.alerts.sweep-interval", () -> "200ms");
    }

    /** An education provider in region 11 offering medication safety, told apart by a unique mail domain. */
    record Provider(String id, String domain) {
        String address(String local) {
            return local + "@" + domain;
        }
    }

    Provider provider(TestEvents events, String name) {
        String domain = domain(name);
        String id = "org-" + domain;
        String json = """
                {"organisationId":"%s","name":"%s","businessId":"0000001-9","type":"UNIVERSITY_OF_APPLIED_SCIENCES",
                 "kind":"EDUCATION_PROVIDER","ring":"CORE","status":"ACTIVE","regions":["11"],"competenceAreasOffered":["medication-safety"],
                 "competenceAreasOfInterest":[],"targetGroups":[],"contactEmail":"info@%s","demo":true,
                 "registeredAt":"2026-11-23T08:00:00Z","revision":1}""".formatted(id, name, domain);
        EventContracts.assertConforms(ORGANISATION_REGISTERED, json);
        events.send(ORGS, id, ORGANISATION_REGISTERED, json);
        return new Provider(id, domain);
    }

    /** A contacts-changed event; each contact is {id, address, receivesAlerts}. */
    static String contacts(String organisationId, long revision, String[]... contacts) {
        List<String> persons = new ArrayList<>();
        for (String[] c : contacts) {
            persons.add("{\"contactPersonId\":\"%s\",\"email\":\"%s\",\"language\":\"fi\",\"receivesAlerts\":%s}"
                    .formatted(c[0], c[1], c[2]));
        }
        String json = """
                {"organisationId":"%s","contactPersons":[%s],"revision":%d,"changedAt":"2026-11-23T08:30:00Z",
                 "actedBy":{"organisationId":"%s","subject":"client"}}"""
                .formatted(organisationId, String.join(",", persons), revision, organisationId);
        EventContracts.assertConforms(ORGANISATION_CONTACTS_CHANGED, json);
        return json;
    }

    static String erased(String organisationId, String contactPersonId, String address, long revision) throws Exception {
        String json = """
                {"organisationId":"%s","contactPersonId":"%s","emailSha256":"%s","revision":%d,
                 "erasedAt":"2026-11-23T09:30:00Z","actedBy":{"organisationId":"coordinator","subject":"coordinator"}}"""
                .formatted(organisationId, contactPersonId, sha256(address.toLowerCase()), revision);
        EventContracts.assertConforms(CONTACT_PERSON_ERASED, json);
        return json;
    }

    static String need(String needId) {
        String json = """
                {"needId":"%s","reportingOrganisationId":"org-pshva","region":"11",
                 "competenceAreas":["medication-safety"],"targetGroup":"STAFF",
                 "title":"Lääkehoidon turvallisuus kotihoidossa","description":"Kotihoidon lääkehoito",
                 "estimatedLearners":40,"horizon":"NOW","publishedAt":"2026-11-23T09:00:00Z"}""".formatted(needId);
        EventContracts.assertConforms(COMPETENCE_NEED_PUBLISHED, json);
        return json;
    }

    Recipient recipient(String id) {
        return recipients.findById(id).orElseThrow();
    }

    static List<String> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(ContactPersonsIntegrationTest::to)
                .filter(to -> to.equalsIgnoreCase(address)).toList();
    }

    static List<String> mailsToDomain(String domain) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(ContactPersonsIntegrationTest::to)
                .filter(to -> to.endsWith("@" + domain)).toList();
    }

    static String to(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .reduce((a, b) -> a + "," + b).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a marker organisation and waits for it: everything sent before it on the topic has been consumed. */
    void awaitOrganisationEventsConsumed(TestEvents events) {
        Provider marker = provider(events, "marker");
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById(marker.id()).isPresent());
    }

    @Test
    void aNeedAlertGoesToTheContactPersonsWhoReceiveAlertsElseToTheOrganisationAddress() {
        try (TestEvents events = TestEvents.to(brokers)) {
            Provider withContacts = provider(events, "savonia");
            Provider without = provider(events, "sakky");
            events.send(ORGS, withContacts.id(), ORGANISATION_CONTACTS_CHANGED, contacts(withContacts.id(), 2,
                    new String[] {"aino", withContacts.address("aino"), "true"},
                    new String[] {"erik", withContacts.address("erik"), "true"},
                    new String[] {"kalle", withContacts.address("kalle"), "false"}));
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById(withContacts.id())
                    .map(r -> r.contactPersons().size() == 3).orElse(false) && recipients.findById(without.id()).isPresent());

            // a stale list (lower revision) changes nothing
            events.send(ORGS, withContacts.id(), ORGANISATION_CONTACTS_CHANGED, contacts(withContacts.id(), 1,
                    new String[] {"stale", withContacts.address("stale"), "true"}));
            awaitOrganisationEventsConsumed(events);
            assertThat(recipient(withContacts.id()).contactPersons()).extracting(Recipient.ContactPerson::contactPersonId)
                    .containsExactly("aino", "erik", "kalle");
            assertThat(recipient(withContacts.id()).revision()).isEqualTo(2);

            String needId = UUID.randomUUID().toString();
            String ceId = events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need(needId));
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsToDomain(withContacts.domain()).size() >= 2
                    && !mailsToDomain(without.domain()).isEmpty());
            // a redelivered need sends nothing twice; a later need on the partition shows it was consumed
            events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need(needId), ceId);
            String later = UUID.randomUUID().toString();
            events.send(NEEDS, later, COMPETENCE_NEED_PUBLISHED, need(later));
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsToDomain(without.domain()).size() >= 2
                    && mailsToDomain(withContacts.domain()).size() >= 4);

            assertThat(mailsToDomain(withContacts.domain())).containsExactlyInAnyOrder(
                    withContacts.address("aino"), withContacts.address("erik"),
                    withContacts.address("aino"), withContacts.address("erik"));
            assertThat(mailsToDomain(without.domain())).containsExactly(without.address("info"), without.address("info"));
            // one delivery per person (each has a subscription of their own, with their own unsubscribe link)
            assertThat(deliveriesOf(needId)).filteredOn(d -> withContacts.id().equals(d.get("recipientId")))
                    .allSatisfy(d -> assertThat(d).containsEntry("status", "SENT"))
                    .extracting(d -> d.get("addresses"))
                    .containsExactlyInAnyOrder(List.of(withContacts.address("aino")), List.of(withContacts.address("erik")));
            assertThat(deliveriesOf(needId)).filteredOn(d -> without.id().equals(d.get("recipientId")))
                    .extracting(d -> d.get("addresses")).containsExactly(List.of(without.address("info")));
        }
    }

    @Test
    void anErasedContactPersonLeavesNoTraceInTheDirectoryOrTheDeliveryLogAndIsNeverSentToAgain() throws Exception {
        try (TestEvents events = TestEvents.to(brokers);
             TopicProbe deadLetters = TopicProbe.on(brokers, "notification.dead-letters.v1")) {
            Provider org = provider(events, "erasure");
            String erik = org.address("Erik.Erased");
            events.send(ORGS, org.id(), ORGANISATION_CONTACTS_CHANGED, contacts(org.id(), 2,
                    new String[] {"aino", org.address("aino"), "true"}, new String[] {"erik", erik, "true"}));
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById(org.id())
                    .map(r -> r.contactPersons().size() == 2).orElse(false));
            // the organisation's own address gives way to its contact persons' a moment after the directory has them
            awaitDerivedAddresses(org.id(), org.address("aino"), erik);
            String needId = UUID.randomUUID().toString();
            events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need(needId));
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsToDomain(org.domain()).size() == 2);
            // a delivery to Erik that failed and waits for its retry, its error naming the address
            insertFailedDelivery("failed-to-erik", org, "erik", erik, Instant.now().plus(Duration.ofHours(1)));
            // and a subscription the organisation made by hand for Erik's address
            assertThat(RestClient.create("http://localhost:" + port).post().uri("/api/subscriptions")
                    .header("Authorization", "Bearer " + TestTokens.forOrganisation(org.id(), "MEMBER"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"topics\":[\"OFFERING_PUBLISHED\"],\"channel\":\"EMAIL\",\"address\":\"" + erik + "\"}")
                    .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(201);
            assertThat(collectionJson("subscriptions")).containsIgnoringCase(erik);
            assertThat(collectionJson("deliveries")).containsIgnoringCase(erik);

            String erasure = erased(org.id(), "erik", erik, 3);
            String erasureId = events.send(ORGS, org.id(), CONTACT_PERSON_ERASED, erasure);
            await().atMost(Duration.ofSeconds(20)).until(() -> !collectionJson("deliveries").toLowerCase()
                    .contains(erik.toLowerCase()) && !collectionJson("subscriptions").toLowerCase().contains(erik.toLowerCase()));

            assertNoTraceOf(erik);
            assertThat(recipient(org.id()).contactPersons()).extracting(Recipient.ContactPerson::contactPersonId)
                    .containsExactly("aino");
            assertThat(recipient(org.id()).revision()).isEqualTo(3);
            assertThat(deliveriesOf(needId)).allSatisfy(d -> assertThat(d).containsEntry("status", "SENT"))
                    .extracting(d -> d.get("addresses"))
                    .containsExactlyInAnyOrder(List.of(org.address("aino")), List.of("erased:erik"));

            // the same erasure redelivered, and again under a new id, and a malformed one: harmless
            events.send(ORGS, org.id(), CONTACT_PERSON_ERASED, erasure, erasureId);
            events.send(ORGS, org.id(), CONTACT_PERSON_ERASED, erasure);
            events.send(ORGS, org.id(), CONTACT_PERSON_ERASED, erasure.replaceAll("\"emailSha256\":\"[0-9a-f]+\"",
                    "\"emailSha256\":\"" + erik + "\""));
            awaitOrganisationEventsConsumed(events);
            assertNoTraceOf(erik);
            assertThat(recipient(org.id()).contactPersons()).extracting(Recipient.ContactPerson::contactPersonId)
                    .containsExactly("aino");
            List<ConsumerRecord<String, String>> dead = deadLetters.await(1, Duration.ofSeconds(20));
            assertThat(dead).singleElement().satisfies(record ->
                    assertThat(TopicProbe.header(record, "x-exception-message")).contains("emailSha256"));

            // the failed delivery comes due: nothing goes to the erased address, nothing is left to send
            makeDue("failed-to-erik");
            await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(statusOf("failed-to-erik")));
            assertThat(mailsTo(erik)).hasSize(1);
            assertNoTraceOf(erik);
        }
    }

    @Test
    void aDeliveryToAContactPersonWhoIsNoLongerOneIsNotSentAndKeepsNoAddress() {
        try (TestEvents events = TestEvents.to(brokers)) {
            Provider org = provider(events, "race");
            String gone = org.address("gone");
            events.send(ORGS, org.id(), ORGANISATION_CONTACTS_CHANGED, contacts(org.id(), 2, new String[] {"aino", org.address("aino"), "true"}));
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findById(org.id())
                    .map(r -> r.contactPersons().size() == 1).orElse(false));
            // recorded just before the person was removed, as a need consumed in parallel with the erasure would be
            insertFailedDelivery("to-gone", org, "gone", gone, Instant.now().minusSeconds(1));

            await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(statusOf("to-gone")));
            assertThat(mailsTo(gone)).isEmpty();
            assertThat(collectionJson("deliveries")).doesNotContain(gone);
        }
    }

    /** Until the organisation's active derived subscriptions go to exactly these addresses. */
    void awaitDerivedAddresses(String organisationId, String... addresses) {
        Set<String> expected = Stream.of(addresses).map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20)).until(() -> subscriptionsOf(organisationId).stream()
                .filter(s -> Boolean.TRUE.equals(s.get("active")) && "DERIVED".equals(s.get("source")))
                .map(s -> String.valueOf(s.get("address")).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()).equals(expected));
    }

    void assertNoTraceOf(String address) throws Exception {
        for (String collection : List.of("recipients", "deliveries", "subscriptions")) {
            assertThat(collectionJson(collection)).as(collection)
                    .doesNotContainIgnoringCase(address).doesNotContain(sha256(address.toLowerCase()));
        }
    }

    void insertFailedDelivery(String id, Provider org, String contactPersonId, String address, Instant due) {
        Document addressee = new Document("address", address).append("contactPersonId", contactPersonId)
                .append("addressSha256", sha256Unchecked(address.toLowerCase())).append("sentAt", null)
                .append("erased", false);
        mongo.getCollection("deliveries").insertOne(new Document("_id", id).append("version", 1L)
                .append("eventId", "event-" + id).append("needId", "need-" + id).append("recipientId", org.id())
                .append("recipientName", "Erasure (demo)").append("addressees", List.of(addressee))
                .append("reason", new Document("role", "PROVIDER_OFFERS").append("matchedAreas", List.of("medication-safety")))
                .append("subject", "Uusi osaamistarve").append("body", "Hei")
                .append("status", "FAILED").append("attempts", 1)
                .append("lastError", "MailSendException: 450 <" + address + ">: mailbox busy")
                .append("createdAt", new Date()).append("nextAttemptAt", Date.from(due)));
        // a delivery still to be sent also waits in the delivery queue, which is what the retrier reads
        mongo.getCollection("delivery-queue").insertOne(new Document("_id", id).append("eventId", "event-" + id)
                .append("nextAttemptAt", Date.from(due)));
    }

    void makeDue(String id) {
        for (String collection : List.of("deliveries", "delivery-queue")) {
            mongo.getCollection(collection).updateOne(new Document("_id", id),
                    new Document("$set", new Document("nextAttemptAt", Date.from(Instant.now().minusSeconds(1)))));
        }
    }

    String statusOf(String id) {
        Document delivery = mongo.getCollection("deliveries").find(new Document("_id", id)).first();
        return delivery == null ? null : delivery.getString("status");
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256Unchecked(String text) {
        try {
            return sha256(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
