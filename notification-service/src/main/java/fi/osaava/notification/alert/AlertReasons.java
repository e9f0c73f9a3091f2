package fi.osaava.notification.alert;

import java.util.Set;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.MatchingRule;
import fi.osaava.notification.subscription.Subscription;

/**
 * Why a matched subscription hears of an event: the words the alert explains itself with, read from the matching
 * rule's own verdict ({@link MatchingRule#judge}), not worked out again.
 */
final class AlertReasons {

    private AlertReasons() {
    }

    static AlertReason of(Subscription subscription, AlertEvent event) {
        MatchingRule.Verdict verdict = MatchingRule.judge(subscription.indexed(), event);
        if (subscription.source() == Subscription.Source.EXPLICIT) {
            return new AlertReason(AlertReason.Role.SUBSCRIBED, verdict.matchedAreas());
        }
        if (verdict.concernsOwner()) {
            boolean reporter = subscription.ownerId().equals(
                    event.details().get(AlertEvent.Detail.REPORTING_ORGANISATION_ID));
            return new AlertReason(reporter ? AlertReason.Role.REPORTER : AlertReason.Role.ENDORSER, Set.of());
        }
        return new AlertReason("PROVIDER".equals(subscription.role()) ? AlertReason.Role.PROVIDER_OFFERS
                : AlertReason.Role.PRODUCER_INTERESTED, verdict.matchedAreas());
    }
}
