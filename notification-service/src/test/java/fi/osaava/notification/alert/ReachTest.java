package fi.osaava.notification.alert;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.IndexedSubscription;
import fi.osaava.notification.matching.MatchingRule;
import fi.osaava.notification.matching.SubscriptionCriteria;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.recipient.OrganisationKind;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;

class ReachTest {

    private static final Instant RECORDED = Instant.parse("2026-12-01T08:00:00Z");
    private final AlertEvent need = anAlertEvent().withId("e-1").about(Topic.NEED_PUBLISHED, "need-1")
            .inRegions("11").inAreas("medication-safety").by("reporter").build();

    @Test
    void everyExclusionOfTheRuleIsAReason() {
        for (MatchingRule.Exclusion exclusion : MatchingRule.Exclusion.values()) {
            assertThat(Reach.Reason.of(exclusion).name()).isEqualTo(exclusion.name());
        }
    }

    @Test
    void eachRecipientGetsItsOutcomeAndTheFirstConditionThatKeptItOut() {
        List<Reach.RecipientReach> reach = Reach.of(need, RECORDED,
                List.of(recipient("savonia", "ACTIVE"), recipient("tamk", "ACTIVE"), recipient("uef", "ACTIVE"),
                        recipient("reporter", "ACTIVE"), recipient("silent", "ACTIVE"), recipient("left", "LEFT_ALL"),
                        recipient("daily", "ACTIVE"), recipient("stopped", "ACTIVE"), recipient("late", "ACTIVE")),
                List.of(candidate("savonia", "11", "medication-safety", false, null, RECORDED.minusSeconds(5)),
                        candidate("tamk", "06", "medication-safety", false, null, RECORDED.minusSeconds(5)),
                        candidate("uef", "11", "service-design", false, null, RECORDED.minusSeconds(5)),
                        candidate("reporter", "11", "medication-safety", false, null, RECORDED.minusSeconds(5)),
                        candidate("daily", "11", "medication-safety", true, null, RECORDED.minusSeconds(5)),
                        candidate("stopped", "11", "medication-safety", false, Subscription.Inactivity.UNSUBSCRIBED,
                                RECORDED.minusSeconds(5)),
                        candidate("late", "11", "medication-safety", false, null, RECORDED.plusSeconds(5))),
                Map.of());

        assertThat(outcome(reach, "savonia")).isEqualTo("ALERTED null");
        assertThat(outcome(reach, "daily")).isEqualTo("WAITING_FOR_DIGEST null");
        assertThat(outcome(reach, "tamk")).isEqualTo("NOT_ALERTED REGION");
        assertThat(outcome(reach, "uef")).isEqualTo("NOT_ALERTED COMPETENCE_AREA");
        assertThat(outcome(reach, "reporter")).isEqualTo("NOT_ALERTED ORIGIN");
        assertThat(outcome(reach, "silent")).isEqualTo("NOT_ALERTED NO_SUBSCRIPTION");
        assertThat(outcome(reach, "left")).isEqualTo("NOT_ALERTED NOT_ACTIVE");
        assertThat(outcome(reach, "stopped")).isEqualTo("NOT_ALERTED UNSUBSCRIBED");
        assertThat(outcome(reach, "late")).isEqualTo("NOT_ALERTED SUBSCRIBED_LATER");
        // alerted first, then waiting, then the others
        assertThat(reach.get(0).recipientId()).isEqualTo("savonia");
        assertThat(Reach.counts(reach)).containsEntry(Reach.Outcome.ALERTED, 1)
                .containsEntry(Reach.Outcome.WAITING_FOR_DIGEST, 1).containsEntry(Reach.Outcome.NOT_ALERTED, 7);
    }

    @Test
    void whatWasRecordedWinsOverWhatTheRuleSaysNow() {
        Instant sent = RECORDED.plusSeconds(2);
        List<Reach.RecipientReach> reach = Reach.of(need, RECORDED, List.of(recipient("tamk", "ACTIVE")),
                List.of(candidate("tamk", "06", "medication-safety", false, null, RECORDED.minusSeconds(5))),
                Map.of("s-tamk", new Reach.Recorded(Reach.Outcome.ALERTED, DeliveryStatus.SENT, sent)));

        assertThat(reach).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Reach.Outcome.ALERTED);
            assertThat(r.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(r.at()).isEqualTo(sent);
            assertThat(r.channel()).isEqualTo(Channel.EMAIL);
        });
    }

    @Test
    void anOrganisationOfSeveralPersonsIsReachedWhenOneIsAndOtherwiseGetsTheNearestReason() {
        List<Reach.RecipientReach> reach = Reach.of(need, RECORDED, List.of(recipient("hoiva", "ACTIVE")),
                List.of(candidate("hoiva", "11", "medication-safety", false, Subscription.Inactivity.UNSUBSCRIBED,
                                RECORDED.minusSeconds(5)),
                        candidate("hoiva", "06", "medication-safety", false, null, RECORDED.minusSeconds(5), "2")),
                Map.of());

        assertThat(outcome(reach, "hoiva")).isEqualTo("NOT_ALERTED REGION");
        assertThat(reach.get(0).subscriptions()).extracting(Reach.SubscriptionReach::reason)
                .containsExactlyInAnyOrder(Reach.Reason.UNSUBSCRIBED, Reach.Reason.REGION);
    }

    private static String outcome(List<Reach.RecipientReach> reach, String id) {
        Reach.RecipientReach r = reach.stream().filter(x -> x.recipientId().equals(id)).findFirst().orElseThrow();
        return r.outcome() + " " + r.reason();
    }

    private static Recipient recipient(String id, String status) {
        return new Recipient(id, id, "UNIVERSITY", OrganisationKind.EDUCATION_PROVIDER, status, List.of("11"), Set.of(),
                Set.of(), Set.of(), id + "@example.fi", 1, List.of());
    }

    private static Reach.Candidate candidate(String owner, String region, String area, boolean digest,
                                             Subscription.@Nullable Inactivity inactivity, Instant createdAt,
                                             String... suffix) {
        SubscriptionCriteria criteria = new SubscriptionCriteria(Set.of(Topic.NEED_PUBLISHED), Set.of(area),
                Set.of(region), Set.of(), Set.of(), Set.of());
        String id = "s-" + owner + String.join("", suffix);
        return new Reach.Candidate(new IndexedSubscription(id, owner, criteria), owner, Subscription.Source.DERIVED,
                Channel.EMAIL, digest, owner + "@example.fi", null, inactivity, createdAt);
    }
}
