package fi.osaava.notification.subscription;

import static fi.osaava.notification.subscription.SubscriptionBuilder.aSubscription;
import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.notification.matching.AlertEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Two instances' subscription indexes on one store: each applies the other's writes when signalled, or at its next
 * catch-up when the signal was lost, and reads the changed subscriptions only when some change was not applied (its
 * own writes and the signalled ones it has).
 */
@ServiceIntegrationTest
class SubscriptionIndexCatchUpIntegrationTest {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    MongoTemplate mongo;

    /** The two instances' own count: the service's index and other tests write to the shared one meanwhile. */
    SubscriptionChanges changes;

    @BeforeEach
    void ownCount() {
        changes = new SubscriptionChanges(mongo, "subscription-changes-" + UUID.randomUUID());
    }

    SubscriptionIndex instance(SimpleMeterRegistry meters, int fullCatchUpEvery) {
        return instance(meters, fullCatchUpEvery, SubscriptionSignals.NONE);
    }

    SubscriptionIndex instance(SimpleMeterRegistry meters, int fullCatchUpEvery, SubscriptionSignals signals) {
        SubscriptionIndex index = new SubscriptionIndex(subscriptions, changes, signals, Clock.systemUTC(), meters,
                fullCatchUpEvery);
        index.afterPropertiesSet();
        return index;
    }

    @Test
    void anotherInstancesWriteIsCaughtUpWithAndOwnWritesCostNoRead() {
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        SubscriptionIndex a = instance(metersA, 1_000);
        SubscriptionIndex b = instance(metersB, 1_000);
        a.catchUp();
        b.catchUp(); // whatever other tests wrote before is behind both now
        double readsA = reads(metersA);
        double readsB = reads(metersB);

        Subscription made = save(a);
        a.catchUp();

        assertThat(a.activeSubscription(made.id())).isPresent();
        assertThat(reads(metersA)).as("a catch-up after only its own write reads nothing").isEqualTo(readsA);
        assertThat(b.activeSubscription(made.id())).isEmpty();

        b.catchUp();

        assertThat(b.activeSubscription(made.id())).isPresent();
        assertThat(reads(metersB)).isEqualTo(readsB + 1);

        // a deletion made on b (its own copy, read from the store) reaches a
        Subscription onB = subscriptions.findById(made.id()).orElseThrow();
        onB.delete(Instant.now());
        b.refresh(subscriptions.save(onB));
        a.catchUp();

        assertThat(a.activeSubscription(made.id())).isEmpty();
        assertThat(reads(metersA)).isEqualTo(readsA + 1);
        b.catchUp();
        assertThat(reads(metersB)).isEqualTo(readsB + 1);
    }

    @Test
    void aSignalledWriteIsAppliedAtOnceAndItsCatchUpReadsNothing() {
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        SubscriptionIndex[] b = new SubscriptionIndex[1];
        // a's signals reach b as they would over the topic (the one record of each change)
        SubscriptionIndex a = instance(new SimpleMeterRegistry(), 1_000,
                (subscriptionId, change) -> b[0].changedElsewhere(subscriptionId, change));
        b[0] = instance(metersB, 1_000);
        a.catchUp();
        b[0].catchUp();
        double readsB = reads(metersB);

        Subscription made = save(a);

        assertThat(b[0].activeSubscription(made.id())).as("applied on the signal, before any catch-up").isPresent();
        b[0].catchUp();
        assertThat(reads(metersB)).as("nothing left to read: the signalled change counts as applied").isEqualTo(readsB);

        Subscription onA = subscriptions.findById(made.id()).orElseThrow();
        onA.delete(Instant.now());
        a.refresh(subscriptions.save(onA));

        assertThat(b[0].activeSubscription(made.id())).isEmpty();
    }

    @Test
    void anEventIsMatchedAgainstEveryCountedWriteEvenBeforeItsSignalOrACatchUpCame() {
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        SubscriptionIndex a = instance(new SimpleMeterRegistry(), 1_000);
        SubscriptionIndex b = instance(metersB, 1_000); // built before a's write: as an instance still starting
        AlertEvent need = anAlertEvent().withId("ce-" + UUID.randomUUID()).at(Instant.now()).inRegions("05")
                .inAreas("catch-up").forTargetGroups("STAFF").by("org-reporter").titled("tarve").build();
        b.match(need);
        double readsB = reads(metersB);

        Subscription made = save(a); // its signal is lost (SubscriptionSignals.NONE)

        assertThat(b.match(need)).extracting(Subscription::id).contains(made.id());
        assertThat(reads(metersB)).as("the changed subscriptions read once").isEqualTo(readsB + 1);
        b.match(need);
        assertThat(reads(metersB)).as("and not again while nothing else changed").isEqualTo(readsB + 1);
    }

    @Test
    void aWriteThatWasNotCountedIsFoundByTheFullCatchUp() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SubscriptionIndex index = instance(meters, 3);
        index.catchUp();

        // written by an instance that crashed before counting it
        Subscription uncounted = subscriptions.save(subscription());
        index.catchUp();

        assertThat(index.activeSubscription(uncounted.id())).isEmpty();
        index.catchUp(); // the third: a full one

        assertThat(index.activeSubscription(uncounted.id())).isPresent();
    }

    private Subscription save(SubscriptionIndex writer) {
        Subscription saved = subscriptions.save(subscription());
        writer.refresh(saved);
        return saved;
    }

    private static Subscription subscription() {
        String id = "catch-up-" + UUID.randomUUID();
        return aSubscription().withId(id).ownedBy("org-catch-up", "Catch-up Oy").named("catch-up").inRegions("05")
                .mailedTo(id + "@example.org").createdAt(Instant.now()).build();
    }

    private static double reads(SimpleMeterRegistry meters) {
        return meters.counter("osaava.subscriptions.catch-up.reads").count();
    }
}
