package fi.osaava.notification.alert;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.notification.matching.AlertEvent;

/**
 * An event as its deliveries were recorded, kept once for all of them: a delivery's alert is rendered from it
 * when it is first sent, also by another instance or after a restart. Looked up only by its id.
 */
@Document("alert-events")
record RecordedEvent(@Id String id, AlertEvent event, Instant recordedAt) {
}
