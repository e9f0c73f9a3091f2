package fi.osaava.notification.alert;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.notification.recipient.Recipient;

/**
 * Who hears about a new need. The region and the target group must fit; then an education provider
 * is alerted when it offers one of the need's competence areas, and a service producer when it is
 * interested in one. Other members get needs through explicit subscriptions (a later issue).
 */
public final class AlertPolicy {

    static final Set<String> EDUCATION_PROVIDERS = Set.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");
    /** A passive member is a small producer that joined with only an address and its interests. */
    static final Set<String> SERVICE_PRODUCERS = Set.of("SERVICE_PRODUCER", "NGO", Recipient.PASSIVE_MEMBER_TYPE);

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

    /**
     * The need's areas that the profile names, directly or through the vocabulary's hierarchy: a
     * provider of "medication-safety" hears of a need in "medication-calculations" (narrower), and a
     * producer interested in "home-care" hears of a need in "gerontological-care" (broader), which may
     * well be about home care.
     */
    private static Optional<Set<String>> matched(Set<String> profileAreas, NeedPublishedMessage need) {
        ReferenceData vocabulary = ReferenceData.get();
        Set<String> related = new LinkedHashSet<>();
        for (String area : profileAreas) {
            related.addAll(vocabulary.withNarrower(area));
            related.addAll(vocabulary.withBroader(area));
        }
        Set<String> matched = new LinkedHashSet<>(need.competenceAreas());
        matched.retainAll(related);
        return matched.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(matched));
    }
}
