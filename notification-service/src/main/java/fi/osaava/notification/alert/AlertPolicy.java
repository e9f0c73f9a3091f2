package fi.osaava.notification.alert;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import fi.osaava.notification.recipient.Recipient;

/**
 * Who hears about a new need. The region and the target group must fit; then an education provider
 * is alerted when it offers one of the need's competence areas, and a service producer when it is
 * interested in one. Other members get needs through explicit subscriptions (a later issue).
 */
public final class AlertPolicy {

    static final Set<String> EDUCATION_PROVIDERS = Set.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");
    static final Set<String> SERVICE_PRODUCERS = Set.of("SERVICE_PRODUCER", "NGO");

    private AlertPolicy() {
    }

    public static Optional<AlertReason> reasonToAlert(Recipient recipient, NeedPublishedMessage need) {
        if (!recipient.isActive()
                || recipient.organisationId().equals(need.reportingOrganisationId())
                || !recipient.regions().contains(need.region())
                || !(recipient.targetGroups().isEmpty() || recipient.targetGroups().contains(need.targetGroup()))) {
            return Optional.empty();
        }
        if (EDUCATION_PROVIDERS.contains(recipient.type())) {
            return matched(recipient.competenceAreasOffered(), need)
                    .map(areas -> new AlertReason(AlertReason.Role.PROVIDER_OFFERS, areas));
        }
        if (SERVICE_PRODUCERS.contains(recipient.type())) {
            return matched(recipient.competenceAreasOfInterest(), need)
                    .map(areas -> new AlertReason(AlertReason.Role.PRODUCER_INTERESTED, areas));
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> matched(Set<String> profileAreas, NeedPublishedMessage need) {
        Set<String> matched = new LinkedHashSet<>(need.competenceAreas());
        matched.retainAll(profileAreas);
        return matched.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(matched));
    }
}
