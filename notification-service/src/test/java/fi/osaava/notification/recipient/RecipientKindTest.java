package fi.osaava.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.BruteForceMatcher;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.DerivedSubscriptions;
import fi.osaava.notification.subscription.Subscription;

/** What an organisation gets by itself follows the kind membership gives it, not a type this service knows. */
class RecipientKindTest {

    static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    static final AlertEvent NEED = new AlertEvent("ce-need-1", Topic.NEED_PUBLISHED, "need-1", NOW, Set.of("11"),
            Set.of("documentation"), Set.of("STAFF"), null, "org-pshva", Set.of(), Map.of("fi", "Kirjaaminen"),
            Map.of(AlertEvent.Detail.REPORTING_ORGANISATION_ID, "org-pshva"));

    static OrganisationRegisteredMessage registration(String type, @Nullable String kind) {
        return new OrganisationRegisteredMessage("org-akatemia", "Demo-akatemia", type, "ACTIVE", List.of("11"),
                List.of("documentation"), List.of("documentation"), List.of(), "info@akatemia.demo.osaava.fi", 1L, kind);
    }

    static Subscription derivedOf(Recipient recipient) {
        List<Subscription> derived = DerivedSubscriptions.derive(recipient, new HashMap<>(), NOW);
        assertThat(derived).hasSize(1);
        return derived.get(0);
    }

    @Test
    void anEducationProviderOfATypeThisServiceHasNeverHeardOfGetsTheProvidersSubscription() {
        Recipient academy = Recipient.from(registration("ACADEMY", "EDUCATION_PROVIDER"), List.of());

        Subscription subscription = derivedOf(academy);

        assertThat(academy.kind()).isEqualTo(OrganisationKind.EDUCATION_PROVIDER);
        assertThat(subscription.topics()).isEqualTo(EnumSet.of(Topic.NEED_PUBLISHED, Topic.NEED_ANSWERED,
                Topic.NEED_COVERED));
        assertThat(subscription.competenceAreas()).containsExactly("documentation");
        assertThat(BruteForceMatcher.matches(subscription.indexed(), NEED)).isTrue();
    }

    @Test
    void theKindDecidesWhateverTheType() {
        Recipient producer = Recipient.from(registration("UNIVERSITY", "SERVICE_PRODUCER"), List.of());
        Recipient other = Recipient.from(registration("VOCATIONAL_COLLEGE", "OTHER"), List.of());

        assertThat(derivedOf(producer).topics()).isEqualTo(EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED,
                Topic.NEED_ANSWERED, Topic.NEED_COVERED));
        assertThat(derivedOf(other).topics()).isEqualTo(Subscription.REVERSE_TOPICS);
        assertThat(BruteForceMatcher.matches(derivedOf(other).indexed(), NEED)).isFalse();
    }

    @Test
    void aRegistrationWrittenBeforeKindsOrWithAKindThisVersionDoesNotKnowIsReadAsOther() {
        Recipient withoutKind = Recipient.from(registration("UNIVERSITY_OF_APPLIED_SCIENCES", null), List.of());
        Recipient laterKind = Recipient.from(registration("UNIVERSITY_OF_APPLIED_SCIENCES", "RESEARCH_INSTITUTE"),
                List.of());

        assertThat(withoutKind.kind()).isEqualTo(OrganisationKind.OTHER);
        assertThat(laterKind.kind()).isEqualTo(OrganisationKind.OTHER);
        assertThat(derivedOf(withoutKind).topics()).isEqualTo(Subscription.REVERSE_TOPICS);
    }

    @Test
    void aPassiveMemberIsAServiceProducer() {
        Recipient member = Recipient.from(new PassiveMemberConfirmedMessage("member-1", "pohjois-savo",
                "maija@demo.osaava.fi", null, List.of("11"), List.of("documentation"), null, "fi"));

        assertThat(member.kind()).isEqualTo(OrganisationKind.SERVICE_PRODUCER);
        assertThat(derivedOf(member).topics()).isEqualTo(EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED,
                Topic.NEED_ANSWERED, Topic.NEED_COVERED));
        assertThat(BruteForceMatcher.matches(derivedOf(member).indexed(), NEED)).isTrue();
    }
}
