package fi.osaava.notification.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;

/**
 * What a webhook and the alerts topic carry ({@value #TYPE}): the alert, the event it is about and why it
 * reached this subscription. The same {@code alertId} on every retry lets a receiver ignore repeats.
 */
record AlertPayload(String alertId, String subscriptionId, String ownerId, Topic topic, String eventId,
                    String subjectId, Instant occurredAt, Map<String, String> titles, Set<String> regions,
                    Set<String> competenceAreas, Set<String> targetGroups, @Nullable String category,
                    AlertReason reason, Map<String, String> details) {

    static final String TYPE = "fi.osaava.notification.alert.raised.v1";

    static AlertPayload of(String alertId, String subscriptionId, String ownerId, AlertEvent event, AlertReason reason) {
        return new AlertPayload(alertId, subscriptionId, ownerId, event.topic(), event.eventId(), event.subjectId(),
                event.occurredAt(), event.titles(), event.regions(), event.competenceAreas(), event.targetGroups(),
                event.category(), reason, event.details());
    }
}
