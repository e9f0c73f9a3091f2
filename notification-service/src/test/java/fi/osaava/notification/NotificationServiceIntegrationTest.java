package fi.osaava.notification;

import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_PUBLISHED;
import static fi.osaava.contracts.EventContracts.ORGANISATION_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class NotificationServiceIntegrationTest extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
    }

    /** A fresh region-11 world per test, told apart by a unique mail domain. */
    record World(String domain, String provider, String otherAreaProvider, String otherRegionProvider,
                 String interestedProducer, String childProtectionProducer) {
    }

    World registerWorld(TestEvents events) {
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".demo.osaava.fi";
        World world = new World(domain, "savonia", "uef", "tamk", "hoiva", "lastensuojelu");
        organisation(events, domain, world.provider(), "UNIVERSITY_OF_APPLIED_SCIENCES", "EDUCATION_PROVIDER",
                "11", "[\"medication-safety\"]", "[]");
        organisation(events, domain, world.otherAreaProvider(), "UNIVERSITY", "EDUCATION_PROVIDER",
                "11", "[\"service-design\"]", "[]");
        organisation(events, domain, world.otherRegionProvider(), "UNIVERSITY_OF_APPLIED_SCIENCES", "EDUCATION_PROVIDER",
                "06", "[\"medication-safety\"]", "[]");
        organisation(events, domain, world.interestedProducer(), "SERVICE_PRODUCER", "SERVICE_PRODUCER",
                "11", "[]", "[\"medication-safety\"]");
        organisation(events, domain, world.childProtectionProducer(), "SERVICE_PRODUCER", "SERVICE_PRODUCER",
                "11", "[]", "[\"child-protection\"]");
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findAll().stream()
                .filter(r -> r.contactEmail().endsWith("@" + domain)).count() == 5);
        return world;
    }

    static void organisation(TestEvents events, String domain, String name, String type, String kind,
                             String region, String offered, String interested) {
        String id = name + "-" + domain;
        String json = """
                {"organisationId":"%s","name":"%s","businessId":"0000001-9","type":"%s","kind":"%s",
                 "ring":"CORE","status":"ACTIVE","regions":["%s"],"competenceAreasOffered":%s,
                 "competenceAreasOfInterest":%s,"targetGroups":[],"contactEmail":"%s@%s","demo":true,
                 "registeredAt":"2026-11-23T08:00:00Z","revision":1}""".formatted(id, name, type, kind, region, offered,
                interested, name, domain);
        EventContracts.assertConforms(ORGANISATION_REGISTERED, json);
        events.send(ORGS, id, ORGANISATION_REGISTERED, json);
    }

    static String need(String needId) {
        String json = """
                {"needId":"%s","reportingOrganisationId":"org-pshva","region":"11",
                 "competenceAreas":["medication-safety"],"targetGroup":"STAFF",
                 "title":"Lääkehoidon turvallisuus kotihoidossa","description":"Kotihoidon lääkehoito",
                 "estimatedLearners":120,"horizon":"WITHIN_A_YEAR","publishedAt":"2026-11-23T09:00:00Z"}"""
                .formatted(needId);
        EventContracts.assertConforms(COMPETENCE_NEED_PUBLISHED, json);
        return json;
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipientsOf(m).contains(address)).toList();
    }

    List<MimeMessage> mailsToDomain(String domain) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipientsOf(m).endsWith("@" + domain)).toList();
    }

    static String recipientsOf(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO)).replace("[", "").replace("]", "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPublishedNeedAlertsExactlyTheMatchingProvidersAndProducersOnce() throws Exception {
        try (TestEvents events = TestEvents.to(brokers)) {
            World world = registerWorld(events);
            String needId = UUID.randomUUID().toString();
            String ceId = events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need(needId));

            await().atMost(Duration.ofSeconds(20)).until(() -> mailsToDomain(world.domain()).size() >= 2);
            MimeMessage toProvider = mailsTo(world.provider() + "@" + world.domain()).get(0);
            assertThat(toProvider.getSubject()).isEqualTo("Uusi osaamistarve: Lääkehoidon turvallisuus kotihoidossa");
            assertThat(Mails.text(toProvider)).contains("Lääkehoidon turvallisuus kotihoidossa", "Pohjois-Savo",
                    "Arvioitu osallistujamäärä: 120", "organisaatiosi tarjoaa koulutusta");
            assertThat(Mails.html(toProvider)).contains("Lääkehoidon turvallisuus kotihoidossa");
            assertThat(toProvider.getHeader("X-Osaava-Need-Id")).containsExactly(needId);
            // RFC 8058: one POST to the link unsubscribes, no page needed
            assertThat(Mails.header(toProvider, "List-Unsubscribe")).matches("<http://localhost:8084/unsubscribe/[^>]+>");
            assertThat(Mails.header(toProvider, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

            // the same event again, as a redelivery would bring it: no second e-mail
            events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need(needId), ceId);
            // a later need on the same partition: once its alert is out, the redelivery has been consumed
            String marker = UUID.randomUUID().toString();
            events.send(NEEDS, marker, COMPETENCE_NEED_PUBLISHED, need(marker).replace("medication-safety", "child-protection"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !mailsTo(world.childProtectionProducer() + "@" + world.domain()).isEmpty());

            assertThat(mailsToDomain(world.domain())).extracting(NotificationServiceIntegrationTest::recipientsOf)
                    .containsExactlyInAnyOrder(world.provider() + "@" + world.domain(),
                            world.interestedProducer() + "@" + world.domain(),
                            world.childProtectionProducer() + "@" + world.domain());
            List<Map<String, Object>> log = deliveriesOf(needId);
            assertThat(log).hasSize(2).allSatisfy(d -> assertThat(d).containsEntry("status", "SENT"));
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextNeedIsStillServed(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        try (TestEvents events = TestEvents.to(brokers);
             TopicProbe deadLetters = TopicProbe.on(brokers, "notification.dead-letters.v1")) {
            World world = registerWorld(events);

            events.send(NEEDS, "poison-1", COMPETENCE_NEED_PUBLISHED, "this is not json");
            events.send(NEEDS, "poison-2", COMPETENCE_NEED_PUBLISHED, need("poison-2").replace("\"region\":\"11\"", "\"region\":\"99\""));
            events.sendRaw(new ProducerRecord<>(NEEDS, "poison-3", "{\"needId\":\"no headers\"}".getBytes()));
            String needId = UUID.randomUUID().toString();
            events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need(needId));

            List<ConsumerRecord<String, String>> dead = deadLetters.await(3, Duration.ofSeconds(30));
            assertThat(dead).extracting(ConsumerRecord::key).contains("poison-1", "poison-2", "poison-3");
            assertThat(reasonOf(dead, "poison-1")).contains("body is not a readable JSON");
            assertThat(reasonOf(dead, "poison-2")).contains("region is not a known region code");
            assertThat(reasonOf(dead, "poison-3")).contains("required CloudEvents header ce_type is missing");
            assertThat(TopicProbe.header(dead.get(0), "x-original-topic")).isEqualTo(NEEDS);
            // the reason itself, not the binder's wrappers around it; no stack trace for an expected rejection
            assertThat(dead).allSatisfy(record -> {
                assertThat(TopicProbe.header(record, "x-exception-message"))
                        .doesNotContain("error occurred in message handler", "Retry policy", "Exception:");
                assertThat(TopicProbe.header(record, "x-exception-stacktrace")).isNull();
            });
            // a dead letter is an expected outcome: one WARN line each, with the reason, and no ERROR
            for (String key : List.of("poison-1", "poison-2", "poison-3")) {
                assertThat(output.getOut().lines().filter(line -> line.contains("(key " + key + ",")))
                        .singleElement().satisfies(line -> assertThat(line).contains(" WARN ", "Dead-lettered",
                                reasonOf(dead, key)));
            }
            assertThat(output.getOut().lines().filter(line -> line.contains(" ERROR ")))
                    .noneMatch(line -> line.contains("LoggingHandler") || line.contains("poison-"));

            await().atMost(Duration.ofSeconds(20)).until(() -> mailsToDomain(world.domain()).size() == 2);
        }
    }

    @Test
    void theContractExamplesAreUnderstood() {
        try (TestEvents events = TestEvents.to(brokers)) {
            String org = EventContracts.example(ORGANISATION_REGISTERED);
            events.send(ORGS, "3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83", ORGANISATION_REGISTERED, org);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> recipients.findById("3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83").isPresent());

            events.send(NEEDS, "5b9e7c3d-2a41-4f86-8d0e-c6a1f3b7e925", COMPETENCE_NEED_PUBLISHED, EventContracts.example(COMPETENCE_NEED_PUBLISHED));
            await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("koulutus@demo-amk.example.org").isEmpty());
        }
    }

    @Test
    void theDeliveryLogAndDirectoryAreForTheCoordinatorOnly() {
        RestClient http = TestHttp.to(port).build();
        for (String path : List.of("/api/deliveries", "/api/recipients")) {
            assertThat(http.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
            assertThat(http.get().uri(path).header("Authorization", "Bearer " + TestTokens.forOrganisation("org-a", "MEMBER"))
                    .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
            assertThat(http.get().uri(path).header("Authorization", "Bearer " + TestTokens.coordinator())
                    .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        }
    }

    static String reasonOf(List<ConsumerRecord<String, String>> dead, String key) {
        return dead.stream().filter(r -> key.equals(r.key())).map(r -> TopicProbe.header(r, "x-exception-message"))
                .findFirst().orElseThrow();
    }
}
