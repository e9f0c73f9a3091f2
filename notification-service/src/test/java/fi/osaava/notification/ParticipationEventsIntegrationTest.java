package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;
import fi.osaava.notification.subscription.SubscriptionIndex;

/** The recipient directory follows participation changes: only organisations active somewhere are alerted. */
class ParticipationEventsIntegrationTest extends NotificationIntegrationTest {

    @Autowired
    RecipientDirectory directory;

    @Autowired
    SubscriptionIndex index;

    /** Whether the organisation's derived subscription takes alerts (is in the matching index). */
    boolean alerted(String organisationId) {
        return index.activeSubscription("derived:" + organisationId + ":organisation").isPresent();
    }

    @Test
    void anOrganisationActiveInNoEcosystemIsNoLongerAlertedAndIsAgainWhenActiveSomewhere() {
        String registered = EventContracts.example(EventContracts.ORGANISATION_REGISTERED);
        String left = EventContracts.example(EventContracts.PARTICIPATION_CHANGED);
        String id = "3f6c2a9e-8b1d-4c57-9e0a-2d7b5f1c4a83";
        assertThat(registered).contains(id, "\"status\": \"ACTIVE\"", "\"11\"");
        assertThat(left).contains(id, "\"organisationStatus\": \"LEFT\"");
        String rejoined = left.replace("\"organisationStatus\": \"LEFT\"", "\"organisationStatus\": \"ACTIVE\"")
                .replace("\"status\": \"LEFT\"", "\"status\": \"ACTIVE\"").replace("\"change\": \"LEFT\"",
                        "\"change\": \"APPLIED\"").replace("\"revision\": 4", "\"revision\": 5");
        EventContracts.assertConforms(EventContracts.PARTICIPATION_CHANGED, rejoined);

        try (TestEvents events = TestEvents.to(brokers)) {
            events.send(ORGS, id, EventContracts.ORGANISATION_REGISTERED, registered);
            await().atMost(Duration.ofSeconds(20)).until(() -> alerted(id));

            events.send(ORGS, id, EventContracts.PARTICIPATION_CHANGED, left);
            await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(id).map(Recipient::revision).orElse(0L) == 4);
            assertThat(directory.find(id).orElseThrow().isActive()).isFalse();
            // the derived subscription follows the directory's change just after it is stored
            await().atMost(Duration.ofSeconds(20)).until(() -> !alerted(id));

            events.send(ORGS, id, EventContracts.PARTICIPATION_CHANGED, rejoined);
            await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(id).map(Recipient::revision).orElse(0L) == 5);
            assertThat(directory.find(id).orElseThrow().isActive()).isTrue();
            await().atMost(Duration.ofSeconds(20)).until(() -> alerted(id));
        }
    }
}
