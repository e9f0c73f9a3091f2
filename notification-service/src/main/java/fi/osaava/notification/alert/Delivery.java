package fi.osaava.notification.alert;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert to one recipient about one event: the delivery log entry and the idempotency key at once.
 * Its id is {@code <ce_id>:<recipient id>}, so a redelivered event cannot create a second delivery.
 * The text is rendered once, so a retry sends exactly what the first attempt would have.
 */
@Document("deliveries")
public class Delivery {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String eventId;
    @Indexed
    private String needId;
    private String recipientId;
    private String recipientName;
    private String email;
    private AlertReason reason;
    private String subject;
    private String body;
    @Indexed
    private DeliveryStatus status;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    /** When the retrier may take it; also a lease while one attempt is under way. */
    @Indexed
    private Instant nextAttemptAt;
    private @Nullable Instant sentAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Delivery() {
    }

    Delivery(String eventId, String needId, String recipientId, String recipientName, String email,
             AlertReason reason, String subject, String body, Instant now, Duration firstRetryAfter) {
        this.id = eventId + ":" + recipientId;
        this.eventId = eventId;
        this.needId = needId;
        this.recipientId = recipientId;
        this.recipientName = recipientName;
        this.email = email;
        this.reason = reason;
        this.subject = subject;
        this.body = body;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now.plus(firstRetryAfter);
    }

    void sent(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Backs off exponentially from {@code baseDelay}; after {@code maxAttempts} the delivery is DEAD. */
    void failed(String error, Instant now, int maxAttempts, Duration baseDelay) {
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.DEAD;
        } else {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = now.plus(baseDelay.multipliedBy(1L << Math.min(attempts - 1, 10)));
        }
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String needId() {
        return needId;
    }

    public String recipientId() {
        return recipientId;
    }

    public String recipientName() {
        return recipientName;
    }

    public String email() {
        return email;
    }

    public AlertReason reason() {
        return reason;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }
}
