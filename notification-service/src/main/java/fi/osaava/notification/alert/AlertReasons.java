package fi.osaava.notification.alert;

import java.util.LinkedHashSet;
import java.util.Set;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.subscription.Subscription;

/** Why a matched subscription hears of an event: the words the alert explains itself with. */
final class AlertReasons {

    private AlertReasons() {
    }

    static AlertReason of(Subscription subscription, AlertEvent event) {
        Set<String> matched = new LinkedHashSet<>(event.competenceAreas());
        Set<String> wanted = subscription.indexed().criteria().competenceAreas();
        if (wanted.isEmpty()) {
            matched.clear();
        } else {
            matched.retainAll(wanted);
        }
        if (subscription.source() == Subscription.Source.EXPLICIT) {
            return new AlertReason(AlertReason.Role.SUBSCRIBED, Set.copyOf(matched));
        }
        if (event.concernedOrganisationIds().contains(subscription.ownerId())) {
            boolean reporter = subscription.ownerId().equals(
                    event.details().get(AlertEvent.Detail.REPORTING_ORGANISATION_ID));
            return new AlertReason(reporter ? AlertReason.Role.REPORTER : AlertReason.Role.ENDORSER, Set.of());
        }
        return new AlertReason("PROVIDER".equals(subscription.role()) ? AlertReason.Role.PROVIDER_OFFERS
                : AlertReason.Role.PRODUCER_INTERESTED, Set.copyOf(matched));
    }
}
