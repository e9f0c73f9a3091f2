package fi.osaava.notification.subscription;

import static fi.osaava.notification.subscription.SubscriptionBuilder.aSubscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.matching.Topic;

/** A person's own areas and regions on a derived subscription, against the profile it follows. */
class SubscriptionPersonalisedTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final Set<Topic> PRODUCER_TOPICS = EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED,
            Topic.NEED_ANSWERED, Topic.NEED_COVERED);

    static Subscription derived(Set<String> areas, Set<String> regions) {
        Subscription subscription = Subscription.derived("org-hoiva", "person-1", NOW);
        follow(subscription, areas, regions);
        return subscription;
    }

    static void follow(Subscription subscription, Set<String> areas, Set<String> regions) {
        subscription.follow("Hoiva Oy", DerivedSubscriptions.PRODUCER, PRODUCER_TOPICS, areas, regions, Set.of(),
                "maija@hoiva.demo.osaava.fi", "fi", true, NOW);
    }

    @Test
    void thePersonsOwnAreasStayWhenTheProfileChangesAndRegionsLeftAsTheProfilesFollowIt() {
        Subscription subscription = derived(Set.of("home-care"), Set.of("11"));

        subscription.personalise(EnumSet.of(Topic.NEED_PUBLISHED), Set.of("documentation"), Set.of("11"),
                Cadence.DAILY, "sv", NOW);
        follow(subscription, Set.of("home-care", "medication-safety"), Set.of("06"));

        assertThat(subscription.competenceAreas()).containsExactly("documentation");
        assertThat(subscription.regions()).containsExactly("06");
        assertThat(subscription.ownFilters()).isTrue();
        assertThat(subscription.indexed().criteria().competenceAreas()).contains("documentation")
                .doesNotContain("home-care");
        assertThat(subscription.topics()).containsExactly(Topic.NEED_PUBLISHED);
        assertThat(subscription.cadence()).isEqualTo(Cadence.DAILY);
        assertThat(subscription.language()).isEqualTo("sv");
    }

    @Test
    void areasLeftEmptyOrAsTheProfilesGoOnFollowingTheProfile() {
        Subscription subscription = derived(Set.of("home-care"), Set.of("11"));

        subscription.personalise(EnumSet.of(Topic.NEED_PUBLISHED), Set.of("home-care"), Set.of(), Cadence.IMMEDIATE,
                "fi", NOW);
        follow(subscription, Set.of("documentation"), Set.of("06"));

        assertThat(subscription.competenceAreas()).containsExactly("documentation");
        assertThat(subscription.regions()).containsExactly("06");
        assertThat(subscription.ownFilters()).isFalse();
    }

    @Test
    void choosingKeepsAnUnsubscriptionWhichOnlyResubscribingUndoes() {
        Subscription subscription = derived(Set.of("home-care"), Set.of("11"));
        subscription.unsubscribe(NOW);

        subscription.personalise(EnumSet.of(Topic.NEED_PUBLISHED), Set.of(), Set.of(), Cadence.WEEKLY, "en", NOW);

        assertThat(subscription.isActive()).isFalse();
        assertThat(subscription.resubscribe(NOW)).isTrue();
        assertThat(subscription.resubscribe(NOW)).as("idempotent").isFalse();
        assertThat(subscription.isActive()).isTrue();
    }

    @Test
    void aHandMadeSubscriptionTakesTheAreasAndRegionsAsTheyAreNoneMeaningAny() {
        Subscription subscription = aSubscription().withId("s-1").ownedBy("org-hoiva", "Hoiva Oy").named("Tarpeet")
                .inAreas("home-care").inRegions("11").forTargetGroups("STAFF").mailedTo("maija@hoiva.demo.osaava.fi")
                .createdAt(NOW).build();

        subscription.personalise(EnumSet.of(Topic.OFFERING_PUBLISHED), Set.of(), Set.of("06"), Cadence.DAILY, "sv", NOW);

        assertThat(subscription.competenceAreas()).isEmpty();
        assertThat(subscription.regions()).containsExactly("06");
        assertThat(subscription.targetGroups()).containsExactly("STAFF");
        assertThat(subscription.name()).isEqualTo("Tarpeet");
        assertThat(subscription.ownFilters()).isFalse();
    }
}
