package fi.osaava.notification.alert;

import static fi.osaava.notification.matching.AlertEventBuilder.anAlertEvent;
import static fi.osaava.notification.recipient.OrganisationKind.EDUCATION_PROVIDER;
import static fi.osaava.notification.recipient.OrganisationKind.OTHER;
import static fi.osaava.notification.recipient.OrganisationKind.SERVICE_PRODUCER;
import static fi.osaava.notification.recipient.RecipientBuilder.aRecipient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.BruteForceMatcher;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.recipient.OrganisationKind;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.subscription.DerivedSubscriptions;
import fi.osaava.notification.subscription.Subscription;

/** Who hears of what through the subscriptions derived from membership profiles, and why. */
class DerivedAlertsTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final AlertEvent NEED = need("need-1", List.of("medication-safety", "documentation"));

    static AlertEvent need(String id, List<String> areas) {
        return anAlertEvent().withId("ce-" + id).about(Topic.NEED_PUBLISHED, id).at(NOW).inRegions("11")
                .inAreas(Set.copyOf(areas)).forTargetGroups("STAFF").by("org-pshva")
                .titled("Lääkehoidon turvallisuus kotihoidossa")
                .withDetails(Map.of(AlertEvent.Detail.REPORTING_ORGANISATION_ID, "org-pshva")).build();
    }

    /** A provider's training in documentation for staff in region 11, published by {@code provider}. */
    static AlertEvent offering(String provider) {
        return anAlertEvent().withId("ce-o").about(Topic.OFFERING_PUBLISHED, "offering-1").at(NOW).inRegions("11")
                .inAreas("documentation").forTargetGroups("STAFF").inCategory("PROVIDER_TRAINING").by(provider)
                .titled("Kirjaamisen koulutus").build();
    }

    /** An active organisation of the kind membership gave it (its type, a label here, is the kind's name). */
    static Recipient org(String id, OrganisationKind kind, List<String> regions, Set<String> offered,
                         Set<String> interested, Set<String> targetGroups) {
        return aRecipient(id).ofType(kind.name()).ofKind(kind).inRegions(regions).offering(offered)
                .interestedIn(interested).forTargetGroups(targetGroups).build();
    }

    static Optional<AlertReason> reasonToAlert(Recipient recipient, AlertEvent event) {
        List<Subscription> derived = DerivedSubscriptions.derive(recipient, new HashMap<>(), NOW);
        assertThat(derived).hasSize(1);
        Subscription subscription = derived.get(0);
        if (!subscription.isActive() || !BruteForceMatcher.matches(subscription.indexed(), event)) {
            return Optional.empty();
        }
        return Optional.of(AlertReasons.of(subscription, event));
    }

    @Test
    void alertsAProviderThatOffersOneOfTheAreasInTheRegion() {
        Recipient savonia = org("savonia", EDUCATION_PROVIDER, List.of("11"),
                Set.of("medication-safety", "infection-prevention"), Set.of(), Set.of());

        assertThat(reasonToAlert(savonia, NEED)).contains(
                new AlertReason(AlertReason.Role.PROVIDER_OFFERS, Set.of("medication-safety")));
    }

    @Test
    void theVocabularysHierarchyConnectsBroaderAndNarrowerAreasButNotSiblings() {
        AlertEvent calculations = need("need-2", List.of("medication-calculations"));
        Recipient broadProvider = org("savonia", EDUCATION_PROVIDER, List.of("11"),
                Set.of("medication-safety"), Set.of(), Set.of());
        Recipient narrowProducer = org("kotihoito", SERVICE_PRODUCER, List.of("11"), Set.of(),
                Set.of("medication-calculations"), Set.of());
        Recipient siblingProducer = org("hoivakoti", SERVICE_PRODUCER, List.of("11"), Set.of(),
                Set.of("pharmacotherapy-of-older-people"), Set.of());

        assertThat(reasonToAlert(broadProvider, calculations)).contains(
                new AlertReason(AlertReason.Role.PROVIDER_OFFERS, Set.of("medication-calculations")));
        assertThat(reasonToAlert(narrowProducer, NEED)).as("a need in the broader area").contains(
                new AlertReason(AlertReason.Role.PRODUCER_INTERESTED, Set.of("medication-safety")));
        assertThat(reasonToAlert(siblingProducer, calculations)).isEmpty();
    }

    @Test
    void alertsAProducerInterestedInTheAreaAboutNeedsAndOfferings() {
        Recipient producer = org("hoivakoti", SERVICE_PRODUCER, List.of("11"), Set.of(), Set.of("documentation"), Set.of());
        AlertEvent offering = offering("savonia");

        assertThat(reasonToAlert(producer, NEED)).contains(
                new AlertReason(AlertReason.Role.PRODUCER_INTERESTED, Set.of("documentation")));
        assertThat(reasonToAlert(producer, offering)).contains(
                new AlertReason(AlertReason.Role.PRODUCER_INTERESTED, Set.of("documentation")));
    }

    @Test
    void aProviderHearsOfNeedsButNotOfOtherProvidersOfferings() {
        Recipient savonia = org("savonia", EDUCATION_PROVIDER, List.of("11"), Set.of("documentation"),
                Set.of(), Set.of());
        AlertEvent offering = offering("uef");

        assertThat(reasonToAlert(savonia, offering)).isEmpty();
    }

    @Test
    void doesNotAlertAProviderOnlyInterestedOrAProducerThatOnlyOffers() {
        Recipient interestedProvider = org("uef", EDUCATION_PROVIDER, List.of("11"), Set.of("service-design"),
                Set.of("medication-safety"), Set.of());
        Recipient offeringProducer = org("yritys", SERVICE_PRODUCER, List.of("11"), Set.of("medication-safety"),
                Set.of(), Set.of());

        assertThat(reasonToAlert(interestedProvider, NEED)).isEmpty();
        assertThat(reasonToAlert(offeringProducer, NEED)).isEmpty();
    }

    @Test
    void doesNotAlertOutsideTheRegionOrTheTargetGroup() {
        Recipient tamk = org("tamk", EDUCATION_PROVIDER, List.of("06"), Set.of("medication-safety"),
                Set.of(), Set.of());
        Recipient leadersOnly = org("johtamiskoulu", EDUCATION_PROVIDER, List.of("11"),
                Set.of("medication-safety"), Set.of(), Set.of("SUPERVISORS"));

        assertThat(reasonToAlert(tamk, NEED)).isEmpty();
        assertThat(reasonToAlert(leadersOnly, NEED)).isEmpty();
    }

    @Test
    void doesNotAlertOtherMemberTypesInactiveMembersOrTheReporterItself() {
        Recipient union = org("liitto", OTHER, List.of("11"), Set.of(), Set.of("medication-safety"), Set.of());
        Recipient suspended = aRecipient("x").ofType("VOCATIONAL_COLLEGE").ofKind(EDUCATION_PROVIDER)
                .withStatus("SUSPENDED").inRegions("11").offering("medication-safety").atRevision(2).build();
        Recipient reporter = org("org-pshva", SERVICE_PRODUCER, List.of("11"), Set.of(), Set.of("medication-safety"),
                Set.of());

        assertThat(reasonToAlert(union, NEED)).isEmpty();
        assertThat(reasonToAlert(suspended, NEED)).isEmpty();
        assertThat(reasonToAlert(reporter, NEED)).isEmpty();
    }

    @Test
    void anAnswerReachesTheReporterAndTheEndorsersWhateverTheirProfiles() {
        AlertEvent answered = anAlertEvent().withId("ce-a").about(Topic.NEED_ANSWERED, "need-1").at(NOW)
                .inRegions("11").inAreas("medication-safety").by("savonia").concerning("org-pshva", "kotihoiva")
                .titled("Lääkehoito").withDetails(Map.of(AlertEvent.Detail.REPORTING_ORGANISATION_ID, "org-pshva"))
                .build();
        Recipient reporter = org("org-pshva", OTHER, List.of("11"), Set.of(), Set.of(), Set.of());
        Recipient endorser = org("kotihoiva", SERVICE_PRODUCER, List.of("06"), Set.of(), Set.of("child-protection"),
                Set.of());
        Recipient bystander = org("hoivakoti", SERVICE_PRODUCER, List.of("11"), Set.of(), Set.of("medication-safety"),
                Set.of());
        Recipient answerer = org("savonia", EDUCATION_PROVIDER, List.of("11"), Set.of("medication-safety"),
                Set.of(), Set.of());

        assertThat(reasonToAlert(reporter, answered)).contains(new AlertReason(AlertReason.Role.REPORTER, Set.of()));
        assertThat(reasonToAlert(endorser, answered)).contains(new AlertReason(AlertReason.Role.ENDORSER, Set.of()));
        assertThat(reasonToAlert(bystander, answered)).isEmpty();
        assertThat(reasonToAlert(answerer, answered)).isEmpty();
    }
}
