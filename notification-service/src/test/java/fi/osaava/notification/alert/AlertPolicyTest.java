package fi.osaava.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.recipient.Recipient;

class AlertPolicyTest {

    static final NeedPublishedMessage NEED = new NeedPublishedMessage("need-1", "org-pshva", "11",
            List.of("medication-safety", "documentation"), "STAFF", "Lääkehoidon turvallisuus kotihoidossa", "", 120,
            "WITHIN_A_YEAR");

    static Recipient org(String id, String type, List<String> regions, Set<String> offered, Set<String> interested,
                         Set<String> targetGroups) {
        return new Recipient(id, id, type, "ACTIVE", regions, offered, interested, targetGroups, id + "@demo.osaava.fi", 1, List.of());
    }

    @Test
    void alertsAProviderThatOffersOneOfTheAreasInTheRegion() {
        Recipient savonia = org("savonia", "UNIVERSITY_OF_APPLIED_SCIENCES", List.of("11"),
                Set.of("medication-safety", "infection-prevention"), Set.of(), Set.of());

        assertThat(AlertPolicy.reasonToAlert(savonia, NEED)).contains(
                new AlertReason(AlertReason.Role.PROVIDER_OFFERS, Set.of("medication-safety")));
    }

    @Test
    void theVocabularysHierarchyConnectsBroaderAndNarrowerAreasButNotSiblings() {
        NeedPublishedMessage calculations = new NeedPublishedMessage("need-2", "org-pshva", "11",
                List.of("medication-calculations"), "STAFF", "Lääkelaskennan kertaus", "", 40, "NOW");
        Recipient broadProvider = org("savonia", "UNIVERSITY_OF_APPLIED_SCIENCES", List.of("11"),
                Set.of("medication-safety"), Set.of(), Set.of());
        Recipient narrowProducer = org("kotihoito", "SERVICE_PRODUCER", List.of("11"), Set.of(),
                Set.of("medication-calculations"), Set.of());
        Recipient siblingProducer = org("hoivakoti", "SERVICE_PRODUCER", List.of("11"), Set.of(),
                Set.of("pharmacotherapy-of-older-people"), Set.of());

        assertThat(AlertPolicy.reasonToAlert(broadProvider, calculations)).contains(
                new AlertReason(AlertReason.Role.PROVIDER_OFFERS, Set.of("medication-calculations")));
        assertThat(AlertPolicy.reasonToAlert(narrowProducer, NEED)).as("a need in the broader area").contains(
                new AlertReason(AlertReason.Role.PRODUCER_INTERESTED, Set.of("medication-safety")));
        assertThat(AlertPolicy.reasonToAlert(siblingProducer, calculations)).isEmpty();
    }

    @Test
    void alertsAProducerInterestedInTheArea() {
        Recipient producer = org("hoivakoti", "SERVICE_PRODUCER", List.of("11"), Set.of(), Set.of("documentation"), Set.of());

        assertThat(AlertPolicy.reasonToAlert(producer, NEED)).contains(
                new AlertReason(AlertReason.Role.PRODUCER_INTERESTED, Set.of("documentation")));
    }

    @Test
    void doesNotAlertAProviderOnlyInterestedOrAProducerThatOnlyOffers() {
        Recipient interestedProvider = org("uef", "UNIVERSITY", List.of("11"), Set.of("service-design"),
                Set.of("medication-safety"), Set.of());
        Recipient offeringProducer = org("yritys", "SERVICE_PRODUCER", List.of("11"), Set.of("medication-safety"),
                Set.of(), Set.of());

        assertThat(AlertPolicy.reasonToAlert(interestedProvider, NEED)).isEmpty();
        assertThat(AlertPolicy.reasonToAlert(offeringProducer, NEED)).isEmpty();
    }

    @Test
    void doesNotAlertOutsideTheRegionOrTheTargetGroup() {
        Recipient tamk = org("tamk", "UNIVERSITY_OF_APPLIED_SCIENCES", List.of("06"), Set.of("medication-safety"),
                Set.of(), Set.of());
        Recipient leadersOnly = org("johtamiskoulu", "PRIVATE_TRAINING_PROVIDER", List.of("11"),
                Set.of("medication-safety"), Set.of(), Set.of("SUPERVISORS"));

        assertThat(AlertPolicy.reasonToAlert(tamk, NEED)).isEmpty();
        assertThat(AlertPolicy.reasonToAlert(leadersOnly, NEED)).isEmpty();
    }

    @Test
    void doesNotAlertOtherMemberTypesInactiveMembersOrTheReporterItself() {
        Recipient union = org("liitto", "UNION", List.of("11"), Set.of(), Set.of("medication-safety"), Set.of());
        Recipient suspended = new Recipient("x", "x", "VOCATIONAL_COLLEGE", "SUSPENDED", List.of("11"),
                Set.of("medication-safety"), Set.of(), Set.of(), "x@demo.osaava.fi", 2, List.of());
        Recipient reporter = org("org-pshva", "SERVICE_PRODUCER", List.of("11"), Set.of(), Set.of("medication-safety"),
                Set.of());

        assertThat(AlertPolicy.reasonToAlert(union, NEED)).isEmpty();
        assertThat(AlertPolicy.reasonToAlert(suspended, NEED)).isEmpty();
        assertThat(AlertPolicy.reasonToAlert(reporter, NEED)).isEmpty();
    }
}
