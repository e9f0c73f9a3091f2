package fi.osaava.portal.reach;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.language.Languages;

/**
 * notification-service's reach of a need: every organisation (and passive member) with its outcome, and for one not
 * alerted the first reason; only what the page shows (other fields are ignored). Without contacts (a member's view)
 * the service leaves addresses out.
 */
public record Reach(String eventId, String subjectId, Map<String, String> titles, Instant occurredAt,
                    Map<String, Integer> counts, boolean contacts, List<Recipient> recipients) {

    public static final List<String> OUTCOMES = List.of("ALERTED", "WAITING_FOR_DIGEST", "NOT_ALERTED");

    public record Recipient(String recipientId, String name, @Nullable String kind, String outcome,
                            @Nullable String reason, @Nullable String channel, @Nullable String status,
                            @Nullable Instant at, List<Subscription> subscriptions) {

        public Recipient {
            subscriptions = subscriptions == null ? List.of() : subscriptions;
        }
    }

    public record Subscription(@Nullable String subscriptionId, String source, String channel,
                               @Nullable String address, String outcome, @Nullable String reason,
                               @Nullable String status, @Nullable Instant at) {
    }

    public Reach {
        titles = titles == null ? Map.of() : titles;
        counts = counts == null ? Map.of() : counts;
        recipients = recipients == null ? List.of() : recipients;
    }

    /** The need's title in the person's language (else another one), else its id. */
    public String title() {
        String title = Languages.pick(titles);
        return title == null ? subjectId : title;
    }

    public int count(String outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    public int total() {
        return recipients.size();
    }

    /** The recipients with this outcome, or all of them when none is chosen. */
    public List<Recipient> withOutcome(@Nullable String outcome) {
        return outcome == null ? recipients
                : recipients.stream().filter(recipient -> recipient.outcome().equals(outcome)).toList();
    }
}
