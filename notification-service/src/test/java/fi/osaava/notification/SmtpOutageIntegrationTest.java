package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;

/**
 * The mail server is down when a need is published: the alerts wait in the delivery log (FAILED, with the
 * next try), the SMTP server's circuit breaker opens, and when the server is back every alert goes out,
 * each exactly once.
 */
class SmtpOutageIntegrationTest extends NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClassRestartable();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SmtpSink.register(registry, SMTP);
        registry.add("osaava.alerts.retry-delay", () -> "200ms");
        registry.add("osaava.alerts.max-retry-delay", () -> "1s");
        registry.add("osaava.alerts.retry-interval", () -> "200ms");
        registry.add("osaava.alerts.max-attempts", () -> "100");
        registry.add("resilience4j.circuitbreaker.configs.smtp.wait-duration-in-open-state", () -> "1s");
    }

    List<String> mailedTo() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(Mails::to).toList();
    }

    @Test
    void alertsRecordedWhileTheMailServerIsDownAllGoOutOnceWhenItIsBack() {
        String domain = domain("outage");
        List<String> addresses = List.of("a@" + domain, "b@" + domain, "c@" + domain);
        try (TestEvents events = TestEvents.to(brokers)) {
            for (String address : addresses) {
                String id = "org-" + address;
                String json = """
                        {"organisationId":"%s","name":"%s","businessId":"0000001-9","type":"VOCATIONAL_COLLEGE",
                         "kind":"EDUCATION_PROVIDER","ring":"CORE","status":"ACTIVE","regions":["11"],"competenceAreasOffered":["documentation"],
                         "competenceAreasOfInterest":[],"targetGroups":[],"contactEmail":"%s","demo":true,
                         "registeredAt":"2026-11-23T08:00:00Z","revision":1}""".formatted(id, address, address);
                events.send(ORGS, id, EventContracts.ORGANISATION_REGISTERED, json);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> addresses.stream()
                    .allMatch(address -> recipients.existsById("org-" + address)));

            SMTP.stop();
            String needId = UUID.randomUUID().toString();
            String need = """
                    {"needId":"%s","reportingOrganisationId":"org-pshva","region":"11","competenceAreas":["documentation"],
                     "targetGroup":"STAFF","title":"Kirjaaminen","description":"","estimatedLearners":10,"horizon":"NOW",
                     "publishedAt":"2026-11-23T09:00:00Z"}""".formatted(needId);
            events.send(NEEDS, needId, EventContracts.COMPETENCE_NEED_PUBLISHED, need);

            // while it is down: recorded, failed, and waiting for the next try; nothing lost
            await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(needId).size() == 3
                    && deliveriesOf(needId).stream().allMatch(d -> "FAILED".equals(d.get("status"))
                    && ((Integer) d.get("attempts")) >= 2 && d.get("nextAttemptAt") != null));

            SMTP.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(needId).stream()
                    .allMatch(d -> "SENT".equals(d.get("status"))));
            assertThat(mailedTo()).filteredOn(to -> to.endsWith("@" + domain))
                    .containsExactlyInAnyOrderElementsOf(addresses);
        }
    }
}
