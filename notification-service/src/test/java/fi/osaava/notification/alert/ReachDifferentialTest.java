package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.BruteForceMatcher;
import fi.osaava.notification.matching.IndexedSubscription;
import fi.osaava.notification.matching.MatchingIndex;
import fi.osaava.notification.matching.RandomMatchingData;
import fi.osaava.notification.recipient.OrganisationKind;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;

/**
 * On random subscriptions and events, "alerted or waiting for a digest" in an event's reach is exactly what the
 * matcher finds (the index and the brute-force rule alike); subscriptions that take no alerts (unsubscribed, owner
 * inactive …) are never in it and say why; a recipient is reached when one of its subscriptions is.
 */
class ReachDifferentialTest {

    private static final int SUBSCRIPTIONS = 2000;
    private static final int EVENTS = 1500;
    private static final Instant RECORDED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void alertedOrWaitingIsExactlyWhatTheMatcherFinds() {
        RandomMatchingData data = new RandomMatchingData(20261206L);
        MatchingIndex index = new MatchingIndex();
        BruteForceMatcher bruteForce = new BruteForceMatcher();
        List<Reach.Candidate> candidates = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            IndexedSubscription subscription = data.subscription("s-" + i);
            owners.add(subscription.ownerId());
            Subscription.Inactivity inactivity = data.nextInt(6) == 0
                    ? Subscription.Inactivity.values()[1 + data.nextInt(Subscription.Inactivity.values().length - 1)]
                    : null;
            if (inactivity == null) {
                // what the index holds: the active subscriptions only
                index.upsert(subscription);
                bruteForce.upsert(subscription);
            }
            candidates.add(new Reach.Candidate(subscription, subscription.ownerId(), Subscription.Source.EXPLICIT,
                    Channel.EMAIL, data.nextInt(3) == 0, "a@example.fi", null, inactivity, RECORDED.minusSeconds(60)));
        }
        List<Recipient> recipients = owners.stream().sorted().map(ReachDifferentialTest::recipient).toList();
        Map<String, String> ownerOf = candidates.stream()
                .collect(Collectors.toMap(c -> c.indexed().id(), c -> c.indexed().ownerId()));

        int reachedSome = 0;
        for (int i = 0; i < EVENTS; i++) {
            AlertEvent event = data.event();
            List<Reach.RecipientReach> reach = Reach.of(event, RECORDED, recipients, candidates, Map.of());

            Set<String> reached = new HashSet<>();
            for (Reach.RecipientReach recipient : reach) {
                for (Reach.SubscriptionReach s : recipient.subscriptions()) {
                    if (s.outcome() == Reach.Outcome.NOT_ALERTED) {
                        assertThat(s.reason()).as("reason of %s", s.subscriptionId()).isNotNull();
                    } else {
                        reached.add(s.subscriptionId());
                    }
                }
            }
            Set<String> matched = index.match(event);
            assertThat(reached).as("event %s", event).isEqualTo(matched).isEqualTo(bruteForce.match(event));

            Set<String> reachedOwners = matched.stream().map(ownerOf::get).collect(Collectors.toSet());
            assertThat(reach).filteredOn(r -> r.outcome() != Reach.Outcome.NOT_ALERTED)
                    .extracting(Reach.RecipientReach::recipientId).containsExactlyInAnyOrderElementsOf(reachedOwners);
            assertThat(reach).hasSize(owners.size());
            reachedSome += matched.isEmpty() ? 0 : 1;
        }
        // the data reaches someone often enough for the comparison to mean something
        assertThat(reachedSome).isGreaterThan(EVENTS / 4);
    }

    static Recipient recipient(String id) {
        return new Recipient(id, "Name of " + id, "UNIVERSITY", OrganisationKind.EDUCATION_PROVIDER, "ACTIVE", List.of("11"),
                Set.of(), Set.of(), Set.of(), id + "@example.fi", 1, List.of());
    }
}
