package fi.osaava.notification.alert;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delivery still to be sent: PENDING or FAILED. It leaves the queue when its delivery is SENT, DEAD or
 * CANCELLED, so the queue holds only the work in hand however long the delivery log grows.
 *
 * @param id            the delivery's id
 * @param eventId       the event (or digest) it came from
 * @param nextAttemptAt when the retrier may take it: a FAILED one's next try, or the end of the lease of
 *                      whoever is sending it
 * @param claim         the retrier's claim that last took it (to read back what one claim got)
 */
@Document(DeliveryQueue.COLLECTION)
record QueuedDelivery(@Id String id, String eventId, @Indexed Instant nextAttemptAt,
                      @Indexed(sparse = true) @Nullable String claim) {

    /** Newly queued, by nobody's claim yet. */
    static QueuedDelivery of(String id, String eventId, Instant nextAttemptAt) {
        return new QueuedDelivery(id, eventId, nextAttemptAt, null);
    }
}
