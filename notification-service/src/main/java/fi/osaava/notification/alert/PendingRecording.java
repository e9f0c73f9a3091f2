package fi.osaava.notification.alert;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event whose deliveries are too many for the consumer's thread to record before it acknowledges the event
 * ({@code osaava.alerts.record-inline}): written, with the event itself, before the acknowledgement, and removed
 * once every delivery is recorded. What is left here after a crash is recorded again at start-up (recording is
 * idempotent), so nothing the consumer acknowledged is lost. Holds only fan-outs under way: it stays small, and is
 * read whole only at start-up. Its id is the event's.
 */
@Document("pending-recordings")
record PendingRecording(@Id String id, Instant since, int deliveries) {
}
