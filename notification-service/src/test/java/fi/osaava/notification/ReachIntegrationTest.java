package fi.osaava.notification;

import static fi.osaava.contracts.EventContracts.COMPETENCE_NEED_PUBLISHED;
import static fi.osaava.contracts.EventContracts.ORGANISATION_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestTokens;

/**
 * The reach of a published need over HTTP: the coordinator sees every organisation with its outcome, the reason of
 * those not alerted and where alerts went; the reporting organisation the same without anyone's contacts; any other
 * organisation is refused (403), and an unknown need is 404, both as problem details.
 */
class ReachIntegrationTest extends NotificationIntegrationTest {

    @Test
    void theReachOfANeedSaysWhoWasAlertedAndWhyNotTheOthersToWhomItMayConcern() {
        String domain = domain("reach");
        String provider = "savonia-" + domain;
        String otherRegion = "tamk-" + domain;
        String otherArea = "uef-" + domain;
        String producer = "hoiva-" + domain;
        String reporter = "pshva-" + domain;
        String needId = UUID.randomUUID().toString();
        try (TestEvents events = TestEvents.to(brokers)) {
            organisation(events, provider, "EDUCATION_PROVIDER", "11", "[\"medication-safety\"]", "[]", domain);
            organisation(events, otherRegion, "EDUCATION_PROVIDER", "06", "[\"medication-safety\"]", "[]", domain);
            organisation(events, otherArea, "EDUCATION_PROVIDER", "11", "[\"service-design\"]", "[]", domain);
            organisation(events, producer, "SERVICE_PRODUCER", "11", "[]", "[\"medication-safety\"]", domain);
            organisation(events, reporter, "SERVICE_PRODUCER", "11", "[]", "[\"medication-safety\"]", domain);
            await().atMost(Duration.ofSeconds(20)).until(() -> recipients.findAll().stream()
                    .filter(r -> r.contactEmail().endsWith("@" + domain)).count() == 5);

            String need = """
                    {"needId":"%s","reportingOrganisationId":"%s","region":"11",
                     "competenceAreas":["medication-safety"],"targetGroup":"STAFF",
                     "title":"Lääkehoidon turvallisuus kotihoidossa","description":"Kotihoidon lääkehoito",
                     "estimatedLearners":120,"horizon":"WITHIN_A_YEAR","publishedAt":"2026-11-23T09:00:00Z"}"""
                    .formatted(needId, reporter);
            EventContracts.assertConforms(COMPETENCE_NEED_PUBLISHED, need);
            events.send(NEEDS, needId, COMPETENCE_NEED_PUBLISHED, need);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> reach(needId, TestTokens.coordinator()).getStatusCode()
                .value() == 200);

        Map<String, Object> asCoordinator = reach(needId, TestTokens.coordinator()).getBody();
        assertThat(asCoordinator).containsEntry("subjectId", needId).containsEntry("topic", "NEED_PUBLISHED")
                .containsEntry("contacts", true);
        assertThat(outcome(asCoordinator, provider)).isEqualTo("ALERTED null EMAIL");
        assertThat(outcome(asCoordinator, producer)).isEqualTo("ALERTED null EMAIL");
        assertThat(outcome(asCoordinator, otherRegion)).isEqualTo("NOT_ALERTED REGION null");
        assertThat(outcome(asCoordinator, otherArea)).isEqualTo("NOT_ALERTED COMPETENCE_AREA null");
        assertThat(outcome(asCoordinator, reporter)).isEqualTo("NOT_ALERTED ORIGIN null");
        assertThat(recipient(asCoordinator, provider).get("status")).isNotNull();
        assertThat(subscriptions(asCoordinator, provider)).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("address", "savonia@" + domain));

        ResponseEntity<Map<String, Object>> asReporter = reach(needId, TestTokens.forOrganisation(reporter, "MEMBER"));
        assertThat(asReporter.getStatusCode().value()).isEqualTo(200);
        assertThat(asReporter.getBody()).containsEntry("contacts", false);
        assertThat(outcome(asReporter.getBody(), provider)).isEqualTo("ALERTED null EMAIL");
        assertThat(outcome(asReporter.getBody(), otherRegion)).isEqualTo("NOT_ALERTED REGION null");
        assertThat(recipient(asReporter.getBody(), provider)).containsEntry("name", "savonia");
        // no address, contact person or subscription id of anyone
        assertThat(asReporter.getBody().toString()).doesNotContain("@" + domain, "derived:");

        ResponseEntity<Map<String, Object>> asOther = reach(needId, TestTokens.forOrganisation(provider, "MEMBER"));
        assertThat(asOther.getStatusCode().value()).isEqualTo(403);
        assertThat(asOther.getHeaders().getContentType()).hasToString("application/problem+json");

        ResponseEntity<Map<String, Object>> unknown = reach(UUID.randomUUID().toString(), TestTokens.coordinator());
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(api().get().uri("/api/reach?needId={id}", needId).retrieve().toBodilessEntity().getStatusCode()
                .value()).isEqualTo(401);

        // the same answer by the event's own id
        Map<String, Object> byEvent = api().get().uri("/api/reach?eventId={id}", asCoordinator.get("eventId"))
                .header("Authorization", "Bearer " + TestTokens.coordinator()).retrieve().body(MAP);
        assertThat(outcome(byEvent, otherRegion)).isEqualTo("NOT_ALERTED REGION null");
    }

    private static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP =
            new org.springframework.core.ParameterizedTypeReference<>() {
            };

    private ResponseEntity<Map<String, Object>> reach(String needId, String token) {
        return api().get().uri("/api/reach?needId={id}", needId).header("Authorization", "Bearer " + token)
                .retrieve().toEntity(MAP);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> recipient(Map<String, Object> reach, String id) {
        return ((List<Map<String, Object>>) reach.get("recipients")).stream()
                .filter(r -> id.equals(r.get("recipientId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> subscriptions(Map<String, Object> reach, String id) {
        return (List<Map<String, Object>>) recipient(reach, id).get("subscriptions");
    }

    private static String outcome(Map<String, Object> reach, String id) {
        Map<String, Object> r = recipient(reach, id);
        return r.get("outcome") + " " + r.get("reason") + " " + r.get("channel");
    }

    private static void organisation(TestEvents events, String id, String kind, String region, String offered,
                                     String interested, String domain) {
        String name = id.substring(0, id.indexOf('-'));
        String json = """
                {"organisationId":"%s","name":"%s","businessId":"0000001-9","type":"%s","kind":"%s",
                 "ring":"CORE","status":"ACTIVE","regions":["%s"],"competenceAreasOffered":%s,
                 "competenceAreasOfInterest":%s,"targetGroups":[],"contactEmail":"%s@%s","demo":true,
                 "registeredAt":"2026-11-23T08:00:00Z","revision":1}""".formatted(id, name,
                kind.equals("EDUCATION_PROVIDER") ? "UNIVERSITY" : "SERVICE_PRODUCER", kind, region, offered, interested,
                name, domain);
        EventContracts.assertConforms(ORGANISATION_REGISTERED, json);
        events.send(ORGS, id, ORGANISATION_REGISTERED, json);
    }
}
