package fi.osaava.notification.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;

/**
 * One alert through one channel of one subscription: the delivery log entry and the idempotency key at
 * once. Its id is {@code <event key>:<subscription id>:<channel>} (a digest's {@code digest:<subscription
 * id>:<period>}), so a redelivered event cannot create a second delivery. It is recorded small, when its
 * event is matched; the first attempt renders the content (a digest's is rendered when it is made), and a
 * retry sends what the first attempt rendered. While it is PENDING or FAILED it also waits in the
 * {@link DeliveryQueue}, which is what the retrier reads, so the log can grow without slowing anything. PENDING → SENT, or FAILED (attempt n, next try
 * at, with exponential back-off and jitter) → SENT or DEAD after the last attempt or the retry horizon.
 *
 * <p>Deliveries stored before subscriptions existed have no subscription and may have several addresses
 * (an organisation's contact persons); each address is sent to once, so a retry only sends to the ones
 * that failed.
 */
@Document("deliveries")
public class Delivery {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String eventId;
    /** The need it is about, if any (kept for the log's {@code ?needId=}). */
    @Indexed
    private @Nullable String needId;
    private @Nullable String subscriptionId;
    private @Nullable Channel channel;
    private @Nullable Topic topic;
    private @Nullable String subjectId;
    private @Nullable String language;
    /** When what it is about happened: end-to-end latency runs from here to the send. */
    private @Nullable Instant occurredAt;
    @Indexed
    private String recipientId;
    private String recipientName;
    private List<Addressee> addressees = new ArrayList<>();
    private AlertReason reason;
    /** Rendered when it is first sent (none before); a retry sends what the first attempt rendered. */
    private @Nullable String subject;
    /** The plain text of an e-mail. */
    private @Nullable String body;
    private @Nullable String html;
    private @Nullable String unsubscribeUrl;
    /** What a webhook or the alerts topic carries (JSON). */
    private @Nullable String payload;
    /** A digest: how many alerts it holds. */
    private @Nullable Integer digestSize;
    private DeliveryStatus status;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    /** A FAILED one's next try (the {@link DeliveryQueue} holds the lease of work under way). */
    private Instant nextAttemptAt;
    private @Nullable Instant sentAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Delivery() {
    }

    /**
     * A delivery recorded as its event is matched, before anything is rendered: that is done by the first
     * attempt ({@link #render}), off the consumer's thread.
     *
     * @param leaseUntil until when the recording instance alone may send it; then the retrier takes over (a crash)
     */
    Delivery(String id, AlertEvent event, Subscription subscription, Addressee addressee, AlertReason reason,
             Instant now, Instant leaseUntil) {
        this.id = id;
        this.eventId = event.eventId();
        this.needId = event.topic().name().startsWith("NEED_") ? event.subjectId() : null;
        this.subscriptionId = subscription.id();
        this.channel = subscription.channel();
        this.topic = event.topic();
        this.subjectId = event.subjectId();
        this.language = subscription.language();
        this.occurredAt = event.occurredAt();
        this.recipientId = subscription.ownerId();
        this.recipientName = subscription.ownerName();
        this.addressees = List.of(addressee);
        this.reason = reason;
        this.status = DeliveryStatus.PENDING;
        // as the store keeps it (milliseconds)
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.nextAttemptAt = leaseUntil;
    }

    /** Renders what goes out, once: a delivery rendered before keeps its content. */
    boolean render(Content content) {
        if (rendered()) {
            return false;
        }
        this.subject = content.subject();
        this.body = content.text();
        this.html = content.html();
        this.unsubscribeUrl = content.unsubscribeUrl();
        this.payload = content.payload();
        return true;
    }

    boolean rendered() {
        return subject != null;
    }

    /** One e-mail with the {@code count} alerts that waited for the subscription's digest. */
    static Delivery digest(String id, Subscription subscription, Addressee addressee, int count, Content content,
                           Instant oldestAlertAt, Instant now, Duration firstRetryAfter) {
        Delivery digest = new Delivery();
        digest.id = id;
        digest.eventId = id;
        digest.subscriptionId = subscription.id();
        digest.channel = subscription.channel();
        digest.language = subscription.language();
        digest.occurredAt = oldestAlertAt;
        digest.digestSize = count;
        digest.recipientId = subscription.ownerId();
        digest.recipientName = subscription.ownerName();
        digest.addressees = List.of(addressee);
        digest.reason = new AlertReason(AlertReason.Role.SUBSCRIBED, java.util.Set.of());
        digest.subject = content.subject();
        digest.body = content.text();
        digest.html = content.html();
        digest.unsubscribeUrl = content.unsubscribeUrl();
        digest.status = DeliveryStatus.PENDING;
        digest.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        digest.nextAttemptAt = now.plus(firstRetryAfter);
        return digest;
    }

    /** The ledger key of one event through one subscription's channel. */
    static String idOf(String eventKey, Subscription subscription) {
        return eventKey + ":" + subscription.id() + ":" + subscription.channel();
    }

    /** What goes out: an e-mail's subject, text, HTML and unsubscribe link, or a webhook's or topic's JSON. */
    record Content(String subject, String text, @Nullable String html, @Nullable String unsubscribeUrl,
                   @Nullable String payload) {
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
        return any;
    }

    private void redactError(String address, String contactPersonId) {
        if (lastError != null) {
            lastError = Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(lastError)
                    .replaceAll(Matcher.quoteReplacement(Addressee.ERASED_PREFIX + contactPersonId));
        }
    }

    /**
     * Backs off exponentially from {@code baseDelay} (doubling, at most {@code maxDelay}), with jitter so
     * that the alerts of one outage do not all come back at the same moment: the delay is drawn from
     * [½, 1½) of the exponential one ({@code jitter} in [0, 1)). DEAD after {@code maxAttempts}, or when the
     * next try would fall beyond the retry horizon counted from the delivery's creation.
     */
    void failed(String error, Instant now, RetryPolicy policy, double jitter) {
        attempts++;
        lastError = error;
        Duration exponential = policy.baseDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (exponential.compareTo(policy.maxDelay()) > 0) {
            exponential = policy.maxDelay();
        }
        Duration delay = Duration.ofMillis((long) (exponential.toMillis() * (0.5 + jitter)));
        Instant next = now.plus(delay);
        if (attempts >= policy.maxAttempts() || next.isAfter(createdAt.plus(policy.horizon()))) {
            status = DeliveryStatus.DEAD;
        } else {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = next;
        }
    }

    /** It can never go out (the webhook endpoint is gone, the subscription ended): no more tries. */
    void abandoned(String reason, Instant now) {
        attempts++;
        lastError = reason;
        status = DeliveryStatus.DEAD;
        nextAttemptAt = now;
    }

    /** Not sent, and never will be: the subscription stopped before it went out. */
    void cancelled(String reason, Instant now) {
        lastError = reason;
        status = DeliveryStatus.CANCELLED;
        nextAttemptAt = now;
    }

    record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration horizon) {
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public @Nullable String needId() {
        return needId;
    }

    public @Nullable String subscriptionId() {
        return subscriptionId;
    }

    public @Nullable Channel channel() {
        return channel;
    }

    public @Nullable Topic topic() {
        return topic;
    }

    public @Nullable String subjectId() {
        return subjectId;
    }

    public @Nullable String language() {
        return language;
    }

    public @Nullable Instant occurredAt() {
        return occurredAt;
    }

    public @Nullable String html() {
        return html;
    }

    public @Nullable String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public @Nullable Integer digestSize() {
        return digestSize;
    }

    public @Nullable String payload() {
        return payload;
    }

    public String recipientId() {
        return recipientId;
    }

    public String recipientName() {
        return recipientName;
    }

    /** The addresses (deliveries stored with one {@code email} field got theirs from {@link OneAddressDeliveries}). */
    public List<Addressee> addressees() {
        return addressees == null ? List.of() : List.copyOf(addressees);
    }

    public AlertReason reason() {
        return reason;
    }

    /** Null until the first attempt rendered it. */
    public @Nullable String subject() {
        return subject;
    }

    public @Nullable String body() {
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
