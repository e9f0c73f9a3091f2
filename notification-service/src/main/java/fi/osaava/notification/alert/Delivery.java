package fi.osaava.notification.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert to one recipient organisation about one event: the delivery log entry and the idempotency
 * key at once. Its id is {@code <ce_id>:<recipient id>}, so a redelivered event cannot create a second
 * delivery. It goes to one or more addresses (the organisation's contact persons who receive alerts, or
 * its own address), one e-mail each; each address is sent to once, so a retry only sends to the ones
 * that failed. The text is rendered once, so a retry sends exactly what the first attempt would have.
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
    private List<Addressee> addressees = new ArrayList<>();
    /** Only in deliveries stored before there were several addresses; read as one addressee. */
    private @Nullable String email;
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

    Delivery(String eventId, String needId, String recipientId, String recipientName, List<Addressee> addressees,
             AlertReason reason, String subject, String body, Instant now, Duration firstRetryAfter) {
        this.id = eventId + ":" + recipientId;
        this.eventId = eventId;
        this.needId = needId;
        this.recipientId = recipientId;
        this.recipientName = recipientName;
        this.addressees = List.copyOf(addressees);
        this.reason = reason;
        this.subject = subject;
        this.body = body;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now.plus(firstRetryAfter);
    }

    /** The addresses still to send to: not sent yet and not erased. */
    List<Addressee> dueAddressees() {
        return addressees().stream().filter(Addressee::due).toList();
    }

    void sentTo(Addressee addressee, Instant now) {
        replace(addressee::equals, candidate -> candidate.sent(now));
    }

    /** Every address went out (or was erased before it could): SENT, or CANCELLED when none went out. */
    void completed(Instant now) {
        attempts++;
        lastError = null;
        boolean anySent = addressees().stream().anyMatch(addressee -> addressee.sentAt() != null);
        status = anySent ? DeliveryStatus.SENT : DeliveryStatus.CANCELLED;
        sentAt = anySent ? now : null;
    }

    /**
     * Erases every address with this hash, and the address wherever else it may have been copied (an
     * SMTP error message names it). Returns false when there was nothing to erase.
     */
    boolean erase(String emailSha256, String contactPersonId) {
        List<Addressee> matching = addressees().stream()
                .filter(addressee -> emailSha256.equals(addressee.addressSha256())).toList();
        for (Addressee addressee : matching) {
            redactError(addressee.address(), contactPersonId);
        }
        return replace(addressee -> emailSha256.equals(addressee.addressSha256()),
                addressee -> addressee.erasedAs(contactPersonId));
    }

    /** An addressee of a contact person who is no longer one of the organisation's (erased meanwhile). */
    void eraseUnsent(Addressee addressee) {
        String contactPersonId = addressee.contactPersonId() == null ? "unknown" : addressee.contactPersonId();
        redactError(addressee.address(), contactPersonId);
        replace(addressee::equals, candidate -> candidate.erasedAs(contactPersonId));
    }

    private boolean replace(Predicate<Addressee> which, UnaryOperator<Addressee> how) {
        List<Addressee> changed = new ArrayList<>();
        boolean any = false;
        for (Addressee addressee : addressees()) {
            boolean match = which.test(addressee);
            any |= match;
            changed.add(match ? how.apply(addressee) : addressee);
        }
        addressees = changed;
        email = null;
        return any;
    }

    private void redactError(String address, String contactPersonId) {
        if (lastError != null) {
            lastError = Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(lastError)
                    .replaceAll(Matcher.quoteReplacement(Addressee.ERASED_PREFIX + contactPersonId));
        }
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

    /** The addresses; a delivery stored before there were several has its one address here. */
    public List<Addressee> addressees() {
        if ((addressees == null || addressees.isEmpty()) && email != null) {
            return List.of(Addressee.of(email, null));
        }
        return addressees == null ? List.of() : List.copyOf(addressees);
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
