package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ConformingEventFeed;
import fi.osaava.kit.testing.ConformingEvents;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TopicProbe;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.SubscriptionPreferences;

/**
 * The derived subscriptions follow an organisation's changed profile ({@code organisation.profile-changed}) over the
 * real broker, store and SMTP server: the new regions, areas, target groups and address decide who is alerted, a
 * person's own choices stay, and stale, repeated or unreadable events change nothing.
 */
class ProfileChangesIntegrationTest extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
    }

    @Autowired
    SubscriptionPreferences preferences;

    /** A small service producer in region 11, interested in home care, alerted at info@ its own domain. */
    record Producer(String id, String domain) {
        String address(String local) {
            return local + "@" + domain;
        }

        String subscriptionId() {
            return "derived:" + id + ":organisation";
        }
    }

    Producer producer(TestEvents events, String name) {
        String domain = domain(name);
        String id = "org-" + domain;
        String json = """
                {"organisationId":"%s","name":"%s","businessId":"0000001-9","type":"SERVICE_PRODUCER",
                 "kind":"SERVICE_PRODUCER","ring":"MIDDLE","status":"ACTIVE","regions":["11"],"competenceAreasOffered":[],
                 "competenceAreasOfInterest":["home-care"],"targetGroups":[],"contactEmail":"info@%s","demo":true,
                 "registeredAt":"2026-11-23T08:00:00Z","revision":1}""".formatted(id, name, domain);
        EventContracts.assertConforms(EventContracts.ORGANISATION_REGISTERED, json);
        events.send(ORGS, id, EventContracts.ORGANISATION_REGISTERED, json);
        Producer producer = new Producer(id, domain);
        await().atMost(Duration.ofSeconds(20)).until(() -> subscription(producer) != null);
        return producer;
    }

    /** The changed profile: Pirkanmaa, documentation, supervisors only, alerts to koulutus@. */
    static String profileChanged(Producer producer, long revision) {
        String json = """
                {"organisationId":"%s","regions":["06"],"competenceAreasOffered":[],
                 "competenceAreasOfInterest":["documentation"],"targetGroups":["SUPERVISORS"],
                 "contactEmail":"%s","website":null,"revision":%d,"changedAt":"2026-11-24T08:00:00Z",
                 "actedBy":{"organisationId":"%s","subject":"user-1"}}"""
                .formatted(producer.id(), producer.address("koulutus"), revision, producer.id());
        EventContracts.assertConforms(EventContracts.ORGANISATION_PROFILE_CHANGED, json);
        return json;
    }

    static String need(String needId, String region, String area, String targetGroup) {
        String json = """
                {"needId":"%s","reportingOrganisationId":"org-pirha","region":"%s","competenceAreas":["%s"],
                 "targetGroup":"%s","title":"Tarve %s","description":"Kuvaus","estimatedLearners":12,
                 "horizon":"NOW","publishedAt":"2026-11-24T09:00:00Z"}""".formatted(needId, region, area, targetGroup,
                needId.substring(0, 8));
        EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_PUBLISHED, json);
        return json;
    }

    Map<String, Object> subscription(Producer producer) {
        return subscriptionsOf(producer.id()).stream().filter(s -> producer.subscriptionId().equals(s.get("id")))
                .findFirst().orElse(null);
    }

    List<Map<String, Object>> deliveriesTo(Producer producer, String needId) {
        return deliveriesOf(needId).stream().filter(d -> producer.id().equals(d.get("recipientId"))).toList();
    }

    long revisionOf(Producer producer) {
        return recipients.findById(producer.id()).map(Recipient::revision).orElse(0L);
    }

    @Test
    void aNeedReachesTheProducerByItsChangedProfileAtItsNewAddressAndNoLongerByItsOldOne() {
        try (TestEvents events = TestEvents.to(brokers); ConformingEventFeed needs = ConformingEventFeed.to(brokers)) {
            Producer producer = producer(events, "hoiva");
            events.send(ORGS, producer.id(), EventContracts.ORGANISATION_PROFILE_CHANGED, profileChanged(producer, 2));
            await().atMost(Duration.ofSeconds(20)).until(() -> revisionOf(producer) == 2);

            assertThat(subscription(producer)).satisfies(s -> {
                assertThat(s.get("regions")).isEqualTo(List.of("06"));
                assertThat(s.get("competenceAreas")).isEqualTo(List.of("documentation"));
                assertThat(s.get("targetGroups")).isEqualTo(List.of("SUPERVISORS"));
                assertThat(s.get("address")).isEqualTo(producer.address("koulutus"));
                assertThat(s.get("active")).isEqualTo(true);
            });
            String oldProfile = UUID.randomUUID().toString();
            String otherGroup = UUID.randomUUID().toString();
            String newProfile = UUID.randomUUID().toString();
            send(needs, oldProfile, need(oldProfile, "11", "home-care", "STAFF"));
            send(needs, otherGroup, need(otherGroup, "06", "documentation", "STAFF"));
            send(needs, newProfile, need(newProfile, "06", "documentation", "SUPERVISORS"));
            needs.awaitHandledBy("notification-service", Duration.ofSeconds(30));

            await().atMost(Duration.ofSeconds(20)).until(() -> Mails.to(SMTP, producer.address("koulutus")).size() == 1);
            assertThat(deliveriesTo(producer, newProfile)).singleElement()
                    .satisfies(d -> assertThat(d.get("addresses")).isEqualTo(List.of(producer.address("koulutus"))));
            assertThat(deliveriesTo(producer, oldProfile)).isEmpty();
            assertThat(deliveriesTo(producer, otherGroup)).isEmpty();
            assertThat(Mails.to(SMTP, producer.address("info"))).isEmpty();
        }
    }

    @Test
    void aPersonsOwnTopicsCadenceAndLanguageStayWhenTheProfileChanges() {
        try (TestEvents events = TestEvents.to(brokers)) {
            Producer producer = producer(events, "valinnat");
            assertThat(preferences.update(producer.subscriptionId(), Set.of(Topic.NEED_PUBLISHED), Cadence.WEEKLY, "sv"))
                    .isPresent();

            events.send(ORGS, producer.id(), EventContracts.ORGANISATION_PROFILE_CHANGED, profileChanged(producer, 2));
            await().atMost(Duration.ofSeconds(20)).until(() -> revisionOf(producer) == 2);

            assertThat(subscription(producer)).satisfies(s -> {
                assertThat(s.get("personalised")).isEqualTo(true);
                assertThat(s.get("topics")).isEqualTo(List.of("NEED_PUBLISHED"));
                assertThat(s.get("cadence")).isEqualTo("WEEKLY");
                assertThat(s.get("language")).isEqualTo("sv");
                // what the profile gives follows it
                assertThat(s.get("regions")).isEqualTo(List.of("06"));
                assertThat(s.get("competenceAreas")).isEqualTo(List.of("documentation"));
                assertThat(s.get("address")).isEqualTo(producer.address("koulutus"));
            });
        }
    }

    @Test
    void aStaleARepeatedOrAnUnknownOrganisationsProfileChangesNothingAndAnUnreadableOneIsDeadLettered() {
        try (TestEvents events = TestEvents.to(brokers);
             TopicProbe deadLetters = TopicProbe.on(brokers, "notification.dead-letters.v1")) {
            Producer producer = producer(events, "vanha");
            String current = profileChanged(producer, 3);
            String ceId = events.send(ORGS, producer.id(), EventContracts.ORGANISATION_PROFILE_CHANGED, current);
            await().atMost(Duration.ofSeconds(20)).until(() -> revisionOf(producer) == 3);
            Map<String, Object> applied = subscription(producer);

            // an older profile (revision 2, back in region 11), the same event again, and another organisation's
            String stale = current.replace("\"regions\":[\"06\"]", "\"regions\":[\"11\"]").replace("\"revision\":3",
                    "\"revision\":2");
            events.send(ORGS, producer.id(), EventContracts.ORGANISATION_PROFILE_CHANGED, stale);
            events.send(ORGS, producer.id(), EventContracts.ORGANISATION_PROFILE_CHANGED, current, ceId);
            events.send(ORGS, "org-never-registered", EventContracts.ORGANISATION_PROFILE_CHANGED,
                    current.replace(producer.id(), "org-never-registered"));
            // and one without a region, which no reading of the contract can apply
            String unreadable = current.replace("\"regions\":[\"06\"]", "\"regions\":[]").replace("\"revision\":3",
                    "\"revision\":4");
            events.send(ORGS, producer.id(), EventContracts.ORGANISATION_PROFILE_CHANGED, unreadable);

            List<ConsumerRecord<String, String>> dead = deadLetters.await(1, Duration.ofSeconds(20));
            assertThat(dead).singleElement().satisfies(record ->
                    assertThat(TopicProbe.header(record, "x-exception-message")).contains("regions"));
            // the dead letter came after the others on the organisation's partition: they were all handled
            assertThat(revisionOf(producer)).isEqualTo(3);
            assertThat(recipients.findById(producer.id()).orElseThrow().regions()).containsExactly("06");
            assertThat(recipients.findById("org-never-registered")).isEmpty();
            assertThat(subscription(producer)).isEqualTo(applied);
        }
    }

    private static void send(ConformingEventFeed feed, String needId, String json) {
        feed.send(NEEDS, needId, new ConformingEvents.Instance(EventContracts.COMPETENCE_NEED_PUBLISHED, needId, json));
    }
}
