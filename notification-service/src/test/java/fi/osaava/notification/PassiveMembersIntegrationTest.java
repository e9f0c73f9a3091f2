package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.notification.recipient.Recipient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Passive members from membership-service's contract examples: alerted like small producers until they go. */
class PassiveMembersIntegrationTest extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        registry.add("osaava.alerts.retry-interval", () -> "200ms");
    }

    static String example(String type) {
        String json = EventContracts.example(type);
        EventContracts.assertConforms(type, json);
        return json;
    }

    static String field(String json, String name) {
        return fi.osaava.kit.event.EventJson.MAPPER.readTree(json).get(name).asString();
    }

    /** The confirmed example as another member: its own id and address. */
    static String confirmedAs(String memberId, String email) {
        String example = example(EventContracts.PASSIVE_MEMBER_CONFIRMED);
        String json = example.replace(field(example, "memberId"), memberId).replace(field(example, "email"), email);
        EventContracts.assertConforms(EventContracts.PASSIVE_MEMBER_CONFIRMED, json);
        return json;
    }

    static String need(String needId, String region) {
        String json = """
                {"needId":"%s","reportingOrganisationId":"org-pshva","region":"%s",
                 "competenceAreas":["medication-calculations"],"targetGroup":"STAFF",
                 "title":"Lääkelaskut kotihoidossa","description":"Kotihoidon lääkelaskut",
                 "estimatedLearners":40,"horizon":"NOW","publishedAt":"2026-11-23T09:00:00Z"}""".formatted(needId, region);
        EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_PUBLISHED, json);
        return json;
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every stored document of every collection, as JSON, to search for a trace of an address. */
    String everything() {
        return mongo.getCollectionNames().stream().map(this::collectionJson).collect(Collectors.joining())
                .toLowerCase(Locale.ROOT);
    }

    /** Sends a marker member and waits for it: everything sent before it on the topic has been consumed. */
    void awaitPassiveMemberEventsConsumed(TestEvents events) {
        String marker = UUID.randomUUID().toString();
        events.send(PASSIVE_MEMBERS, marker, EventContracts.PASSIVE_MEMBER_CONFIRMED,
                confirmedAs(marker, "marker-" + marker.substring(0, 8) + "@demo.osaava.fi"));
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.existsById(Recipient.passiveMemberId(marker)));
    }

    @Test
    void aConfirmedPassiveMemberIsAlertedAboutMatchingNeedsUntilItLeavesAndThenNothingOfItsAddressStays() {
        String confirmed = example(EventContracts.PASSIVE_MEMBER_CONFIRMED);
        String left = example(EventContracts.PASSIVE_MEMBER_LEFT);
        String memberId = field(confirmed, "memberId");
        String address = field(confirmed, "email");
        try (TestEvents events = TestEvents.to(brokers)) {
            String confirmedId = events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_CONFIRMED, confirmed);
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.existsById(Recipient.passiveMemberId(memberId)));
            Recipient member = recipients.findById(Recipient.passiveMemberId(memberId)).orElseThrow();
            assertThat(member.isActive()).isTrue();
            assertThat(member.regions()).containsExactly("11");
            assertThat(member.competenceAreasOfInterest()).containsExactly("medication-safety");

            // a need in a narrower area of its interest in its region reaches it; one elsewhere does not
            String elsewhere = UUID.randomUUID().toString();
            events.send(NEEDS, elsewhere, EventContracts.COMPETENCE_NEED_PUBLISHED, need(elsewhere, "06"));
            String needId = UUID.randomUUID().toString();
            events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_PUBLISHED, need(needId, "11"));
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= 1);
            assertThat(mailsTo(address)).singleElement().satisfies(mail ->
                    assertThat(mail.getHeader("X-Osaava-Need-Id")).containsExactly(needId));
            assertThat(everything()).contains(address.toLowerCase(Locale.ROOT));

            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_LEFT, left);
            await().atMost(Duration.ofSeconds(20)).until(() -> !everything().contains(address.toLowerCase(Locale.ROOT)));
            assertThat(recipients.findById(Recipient.passiveMemberId(memberId))).hasValueSatisfying(gone -> {
                assertThat(gone.isActive()).isFalse();
                assertThat(gone.contactPersons()).isEmpty();
                assertThat(gone.contactEmail()).isEmpty();
            });

            // the confirmation redelivered and the leaving again: the address does not come back
            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_CONFIRMED, confirmed, confirmedId);
            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_CONFIRMED, confirmed);
            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_LEFT, left);
            awaitPassiveMemberEventsConsumed(events);
            assertThat(everything()).doesNotContain(address.toLowerCase(Locale.ROOT));

            String later = UUID.randomUUID().toString();
            events.send(NEEDS, later, EventContracts.COMPETENCE_NEED_PUBLISHED, need(later, "11"));
            String marker = UUID.randomUUID().toString();
            String markerAddress = "marker-" + marker.substring(0, 8) + "@demo.osaava.fi";
            events.send(PASSIVE_MEMBERS, marker, EventContracts.PASSIVE_MEMBER_CONFIRMED, confirmedAs(marker, markerAddress));
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.existsById(Recipient.passiveMemberId(marker)));
            String last = UUID.randomUUID().toString();
            events.send(NEEDS, last, EventContracts.COMPETENCE_NEED_PUBLISHED, need(last, "11"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(markerAddress).isEmpty());
            assertThat(mailsTo(address)).hasSize(1);
        }
    }

    @Test
    void anErasedPassiveMemberLeavesNoTraceAndAMalformedEndingIsADeadLetter() {
        String memberId = UUID.randomUUID().toString();
        String address = "erased-" + memberId.substring(0, 8) + "@pieni-hoivakoti.demo.osaava.fi";
        String erasedExample = example(EventContracts.PASSIVE_MEMBER_ERASED);
        String erased = erasedExample.replace(field(erasedExample, "memberId"), memberId)
                .replace(field(erasedExample, "emailSha256"), fi.osaava.kit.event.EmailHash.of(address));
        EventContracts.assertConforms(EventContracts.PASSIVE_MEMBER_ERASED, erased);
        try (TestEvents events = TestEvents.to(brokers);
             TopicProbe deadLetters = TopicProbe.on(brokers, "notification.dead-letters.v1")) {
            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_CONFIRMED, confirmedAs(memberId, address));
            // the need comes on another topic, so it could be read before the member: wait for the member first
            await().atMost(Duration.ofSeconds(20)).until(() -> everything().contains(address));
            String needId = UUID.randomUUID().toString();
            events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_PUBLISHED, need(needId, "11"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(address).isEmpty());

            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_ERASED, erased);
            events.send(PASSIVE_MEMBERS, memberId, EventContracts.PASSIVE_MEMBER_ERASED,
                    erased.replaceAll("\"emailSha256\"\\s*:\\s*\"[0-9a-f]+\"", "\"emailSha256\":\"" + address + "\""));
            await().atMost(Duration.ofSeconds(20)).until(() -> !everything().contains(address));

            List<ConsumerRecord<String, String>> dead = deadLetters.await(1, Duration.ofSeconds(20));
            assertThat(dead).singleElement().satisfies(record ->
                    assertThat(TopicProbe.header(record, "x-exception-message")).contains("emailSha256"));
            awaitPassiveMemberEventsConsumed(events);
            assertThat(recipients.findById(Recipient.passiveMemberId(memberId))).hasValueSatisfying(gone ->
                    assertThat(gone.isActive()).isFalse());
        }
    }
}
