package fi.osaava.notification.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.IndexedSubscription;
import fi.osaava.notification.matching.MatchingRule;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.subscription.Cadence;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.Subscription;

/**
 * Who an event reached, and why not the others: every recipient of the directory (and every owner of a subscription)
 * with its outcome. What was recorded wins (a delivery: alerted; an alert waiting for a digest: waiting). Where
 * nothing was recorded, a subscription that takes no alerts says why ({@link Subscription#inactivity()}), and an
 * active one is judged by the matcher's own rule ({@link MatchingRule#judge}): matched, it is alerted (or waits for
 * its digest); not matched, the rule's first {@link MatchingRule.Exclusion} is the reason. So "alerted or waiting"
 * here is what {@code SubscriptionIndex.match} finds (tested by {@code ReachDifferentialTest}).
 *
 * <p>A recipient's outcome is its best subscription's (alerted, then waiting, then not alerted); when none alerted
 * it, the reason is the one of the subscription that came nearest (latest in {@link Reason}'s order). Pure: the
 * caller gathers the state.
 */
public final class Reach {

    public enum Outcome { ALERTED, WAITING_FOR_DIGEST, NOT_ALERTED }

    /**
     * Why a recipient or subscription was not alerted, in order of how near it came: first the state of the
     * recipient and the subscription (outside the rule), then the rule's own exclusions in the order it checks them.
     */
    public enum Reason {
        /** a passive member who left, or an organisation the directory holds as active in no ecosystem */
        NOT_ACTIVE,
        /** the recipient has no subscription (nobody receives its alerts) */
        NO_SUBSCRIPTION,
        /** the subscription was made after the event */
        SUBSCRIBED_LATER,
        /** the subscription takes no alerts: no address, no topics, or its webhook endpoint is gone */
        SUBSCRIPTION_INACTIVE,
        UNSUBSCRIBED,
        // the rule's exclusions (MatchingRule.Exclusion), in its order
        ORIGIN,
        TOPIC,
        COMPETENCE_AREA,
        REGION,
        TARGET_GROUP,
        CATEGORY;

        static Reason of(MatchingRule.Exclusion exclusion) {
            return valueOf(exclusion.name());
        }

        static Reason of(Subscription.Inactivity inactivity) {
            return switch (inactivity) {
                case OWNER_INACTIVE -> NOT_ACTIVE;
                case UNSUBSCRIBED -> UNSUBSCRIBED;
                case DELETED, DISABLED, NO_ADDRESS, NO_TOPICS -> SUBSCRIPTION_INACTIVE;
            };
        }
    }

    /**
     * A subscription as reach needs it.
     *
     * @param digest     alerts wait for a daily or weekly digest
     * @param inactivity why it takes no alerts now, null when it does
     */
    public record Candidate(IndexedSubscription indexed, String ownerName, Subscription.Source source, Channel channel,
                            boolean digest, String address, @Nullable String contactPersonId,
                            Subscription.@Nullable Inactivity inactivity, Instant createdAt) {

        public static Candidate of(Subscription s) {
            return new Candidate(s.indexed(), s.ownerName(), s.source(), s.channel(),
                    s.channel() == Channel.EMAIL && s.cadence() != Cadence.IMMEDIATE, s.address(), s.contactPersonId(),
                    s.inactivity(), s.createdAt());
        }
    }

    /** What was recorded for one subscription: a delivery, or an alert waiting for (or put into) a digest. */
    public record Recorded(Outcome outcome, @Nullable DeliveryStatus status, Instant at) {
    }

    public record SubscriptionReach(String subscriptionId, Subscription.Source source, Channel channel, String address,
                                    @Nullable String contactPersonId, Outcome outcome, @Nullable Reason reason,
                                    @Nullable DeliveryStatus status, @Nullable Instant at) {
    }

    public record RecipientReach(String recipientId, String name, @Nullable String kind, Outcome outcome,
                                 @Nullable Reason reason, @Nullable Channel channel, @Nullable DeliveryStatus status,
                                 @Nullable Instant at, List<SubscriptionReach> subscriptions) {
    }

    private Reach() {
    }

    /**
     * @param recordedAt  when the event was recorded here (a subscription made later was not there to hear of it)
     * @param recipients  the directory
     * @param candidates  every subscription not deleted
     * @param recorded    what was recorded for the event, by subscription id
     */
    public static List<RecipientReach> of(AlertEvent event, Instant recordedAt, Collection<Recipient> recipients,
                                          Collection<Candidate> candidates, Map<String, Recorded> recorded) {
        Map<String, List<Candidate>> byOwner = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            byOwner.computeIfAbsent(candidate.indexed().ownerId(), owner -> new ArrayList<>()).add(candidate);
        }
        List<RecipientReach> reach = new ArrayList<>();
        for (Recipient recipient : recipients) {
            if (recipient.isGone()) {
                continue;
            }
            List<Candidate> own = byOwner.getOrDefault(recipient.organisationId(), List.of());
            byOwner.remove(recipient.organisationId());
            reach.add(recipient(recipient.organisationId(), recipient.name(), recipient.kind().name(),
                    recipient.isActive(), own, event, recordedAt, recorded));
        }
        // owners the directory does not hold (a subscription made for an organisation not registered here)
        byOwner.forEach((owner, own) -> reach.add(recipient(owner, own.get(0).ownerName(), null, true, own, event,
                recordedAt, recorded)));
        reach.sort(Comparator.comparing(RecipientReach::outcome).thenComparing(RecipientReach::name,
                String.CASE_INSENSITIVE_ORDER).thenComparing(RecipientReach::recipientId));
        return reach;
    }

    /** How many recipients had each outcome (every outcome named, also with none). */
    public static Map<Outcome, Integer> counts(List<RecipientReach> reach) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        reach.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    private static RecipientReach recipient(String id, String name, @Nullable String kind, boolean active,
                                            List<Candidate> own, AlertEvent event, Instant recordedAt,
                                            Map<String, Recorded> recorded) {
        List<SubscriptionReach> subscriptions = own.stream()
                .map(candidate -> subscription(candidate, event, recordedAt, recorded.get(candidate.indexed().id())))
                .sorted(Comparator.comparing(SubscriptionReach::subscriptionId)).toList();
        if (subscriptions.isEmpty()) {
            return new RecipientReach(id, name, kind, Outcome.NOT_ALERTED,
                    active ? Reason.NO_SUBSCRIPTION : Reason.NOT_ACTIVE, null, null, null, List.of());
        }
        SubscriptionReach best = subscriptions.stream().min(Comparator.comparing(SubscriptionReach::outcome)
                .thenComparing(s -> s.reason() == null ? Integer.MIN_VALUE : -s.reason().ordinal())).orElseThrow();
        return best.outcome() == Outcome.NOT_ALERTED
                ? new RecipientReach(id, name, kind, best.outcome(), best.reason(), null, null, null, subscriptions)
                : new RecipientReach(id, name, kind, best.outcome(), null, best.channel(), best.status(), best.at(),
                subscriptions);
    }

    private static SubscriptionReach subscription(Candidate c, AlertEvent event, Instant recordedAt,
                                                  @Nullable Recorded recorded) {
        if (recorded != null) {
            return reach(c, recorded.outcome(), null, recorded.status(), recorded.at());
        }
        if (c.inactivity() != null) {
            return reach(c, Outcome.NOT_ALERTED, Reason.of(c.inactivity()), null, null);
        }
        MatchingRule.Verdict verdict = MatchingRule.judge(c.indexed(), event);
        if (!verdict.matched()) {
            return reach(c, Outcome.NOT_ALERTED, Reason.of(Objects.requireNonNull(verdict.exclusion())), null, null);
        }
        if (c.createdAt().isAfter(recordedAt)) {
            return reach(c, Outcome.NOT_ALERTED, Reason.SUBSCRIBED_LATER, null, null);
        }
        // matched and nothing recorded (yet: a large fan-out is recorded by a thread of its own)
        return reach(c, c.digest() ? Outcome.WAITING_FOR_DIGEST : Outcome.ALERTED, null, null, null);
    }

    private static SubscriptionReach reach(Candidate c, Outcome outcome, @Nullable Reason reason,
                                           @Nullable DeliveryStatus status, @Nullable Instant at) {
        return new SubscriptionReach(c.indexed().id(), c.source(), c.channel(), c.address(), c.contactPersonId(),
                outcome, reason, status, at);
    }
}
