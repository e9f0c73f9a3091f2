package fi.osaava.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Every write the harness made and what it is owed, counted the way Kafka's system tests and Jepsen count: each
 * need a service accepted (answered 201) owes each matching subscriber exactly one mail; a need whose POST got no
 * answer (the service died under it) may or may not have been accepted, so it owes at most one; a refused need owes
 * nothing. A recipient whose subscription was being made or removed while a need was written may or may not be
 * alerted: at most one. At the end, per (need, recipient): lost = owed and not received, duplicated = more than one
 * message (messages told apart by their Message-ID or webhook-id), resent = a message received again under the id
 * it already came with (a retry after the sender died between the receiver's answer and recording it: the
 * recipient's system drops it by its id), unexpected = received by a recipient neither owed nor possibly owed.
 */
final class FaultLedger {

    /**
     * The count of one scenario, or of the whole run. {@code duplicated}: copies with an id of their own (a mail
     * client shows both); {@code resent}: copies of a message the recipient already had, under the same Message-ID
     * or {@code webhook-id}, which the recipient drops by that id.
     */
    record Tally(int accepted, int refused, int uncertain, long owed, long deliveredOnce, long lost, long duplicated,
                 long resent) {

        boolean clean() {
            return lost == 0 && duplicated == 0;
        }
    }

    private enum Outcome { ACCEPTED, UNCERTAIN }

    private final Map<Long, Outcome> needs = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> owedTo = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> maybeTo = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> forbiddenTo = new ConcurrentHashMap<>();
    /** Per write: recipients owed it only if their subscription is still there when it is counted. */
    private final Map<Long, Map<String, BooleanSupplier>> owedIfStill = new ConcurrentHashMap<>();
    /** Recipients subscribed and unsubscribed during the run: owed only what {@link #forbid} does not forbid. */
    private final Set<String> coming = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    /** Per (write, recipient): the distinct Message-IDs or webhook-ids it came under. */
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastMailNanos = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();

    void accepted(long need, Set<String> recipients) {
        accepted(need, recipients, Set.of());
    }

    /** Accepted: owes {@code recipients} one each, and {@code maybe} at most one each. */
    void accepted(long need, Set<String> recipients, Set<String> maybe) {
        maybeTo.put(need, Set.copyOf(maybe));
        owedTo.put(need, Set.copyOf(recipients));
        needs.put(need, Outcome.ACCEPTED);
    }

    void uncertain(long need, Set<String> recipients) {
        uncertain(need, recipients, Set.of());
    }

    /**
     * Recipients that come and go during the run: a need written before their subscription may still reach them
     * (it is matched when it is consumed), so a mail to them is unexpected only where {@link #forbid} says so.
     */
    void comesAndGoes(String recipient) {
        coming.add(recipient.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * These recipients are owed this write if their subscription is still there when it is counted (the supplier
     * says so); else they may get it, at most once: a removal cancels what was not yet sent to them.
     */
    void owedIfStillSubscribed(long need, Map<String, BooleanSupplier> stillSubscribed) {
        Map<String, BooleanSupplier> normalised = new java.util.HashMap<>();
        stillSubscribed.forEach((recipient, still) -> normalised.put(recipient.strip().toLowerCase(Locale.ROOT), still));
        owedIfStill.put(need, Map.copyOf(normalised));
    }

    /**
     * Decides now, for these writes, who of those owed {@link #owedIfStillSubscribed} is owed them: a scenario's
     * writes are settled when it is counted, before the next scenario removes its churn subscriptions.
     */
    void settle(List<Long> which) {
        for (long need : which) {
            if (owedIfStill.containsKey(need)) {
                Set<String> owed = owed(need);
                Set<String> maybe = maybe(need);
                owedTo.put(need, Set.copyOf(owed));
                maybeTo.put(need, Set.copyOf(maybe));
                owedIfStill.remove(need);
            }
        }
    }

    /** These recipients must not get this need: their subscription was removed well before it was written. */
    void forbid(long need, Set<String> recipients) {
        forbiddenTo.put(need, recipients.stream().map(r -> r.strip().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    void uncertain(long need, Set<String> recipients, Set<String> maybe) {
        maybeTo.put(need, Set.copyOf(maybe));
        owedTo.put(need, Set.copyOf(recipients));
        needs.put(need, Outcome.UNCERTAIN);
    }

    void refused() {
        refused.incrementAndGet();
    }

    int refusedSoFar() {
        return refused.get();
    }

    /**
     * The sink's hook: a mail for {@code need} (-1: a mail no need of this run's) to {@code recipient}, under its
     * Message-ID or webhook-id ({@code null}: none, a message of its own).
     */
    void mail(long need, String recipient, @org.jspecify.annotations.Nullable String messageId) {
        String key = key(need, recipient);
        received.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        ids.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                .add(messageId == null ? java.util.UUID.randomUUID().toString() : messageId);
        lastMailNanos.merge(need, System.nanoTime(), Math::max);
    }

    /** Whether every mail owed for these needs (uncertain ones aside) has arrived. */
    boolean allArrived(List<Long> which) {
        for (long need : which) {
            if (needs.get(need) == Outcome.ACCEPTED) {
                for (String recipient : owed(need)) {
                    if (count(need, recipient) == 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The last mail of these needs, {@link System#nanoTime()}; 0 when none came. */
    long lastMailOf(List<Long> which) {
        return which.stream().map(lastMailNanos::get).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max()
                .orElse(0);
    }

    /** The tally of these needs; {@code refusedCount} as the caller counted them for the same span. */
    Tally tally(List<Long> which, int refusedCount) {
        int accepted = 0;
        int uncertain = 0;
        long owed = 0;
        long once = 0;
        long lost = 0;
        long duplicated = 0;
        long resent = 0;
        for (long need : which) {
            Outcome outcome = needs.get(need);
            if (outcome == null) {
                continue;
            }
            if (outcome == Outcome.ACCEPTED) {
                accepted++;
            } else {
                uncertain++;
            }
            for (String recipient : owed(need)) {
                int count = count(need, recipient);
                if (outcome == Outcome.ACCEPTED) {
                    owed++;
                    lost += count == 0 ? 1 : 0;
                }
                once += count >= 1 ? 1 : 0;
                duplicated += Math.max(0, count - 1);
                resent += copies(need, recipient) - count;
            }
            for (String recipient : maybe(need)) {
                duplicated += Math.max(0, count(need, recipient) - 1);
                resent += copies(need, recipient) - count(need, recipient);
            }
        }
        return new Tally(accepted, refusedCount, uncertain, owed, once, lost, duplicated, resent);
    }

    /**
     * What went wrong for these needs, one line per (need, recipient) lost or received more than once, at most
     * {@code limit} lines, the lost and doubled ones before those sent again under the same id: what an operator
     * looks up in the delivery log.
     */
    List<String> faults(List<Long> which, int limit) {
        List<String> lines = new ArrayList<>();
        List<String> resentLines = new ArrayList<>();
        for (long need : which) {
            Outcome outcome = needs.get(need);
            if (outcome == null) {
                continue;
            }
            for (String recipient : owed(need)) {
                int count = count(need, recipient);
                if (count == 0 && outcome == Outcome.ACCEPTED) {
                    lines.add("write " + need + " to " + recipient + ": lost");
                } else if (count > 1) {
                    lines.add("write " + need + " to " + recipient + ": " + count + " messages");
                } else if (copies(need, recipient) > count) {
                    resentLines.add("write " + need + " to " + recipient + ": sent again under the same id, "
                            + copies(need, recipient) + " copies");
                }
            }
            for (String recipient : maybe(need)) {
                int count = count(need, recipient);
                if (count > 1) {
                    lines.add("write " + need + " to " + recipient + " (may get it): " + count + " messages");
                }
            }
        }
        lines.addAll(resentLines); // the harmless ones last
        return lines.size() > limit ? lines.subList(0, limit) : lines;
    }

    /** Mails to a recipient of this run for no need it owes them (or for no need at all). */
    long unexpected(String domain) {
        long unexpected = 0;
        for (Map.Entry<String, AtomicInteger> entry : received.entrySet()) {
            int at = entry.getKey().indexOf(' ');
            String recipient = entry.getKey().substring(at + 1);
            if (recipient.endsWith(domain) && unexpected(Long.parseLong(entry.getKey().substring(0, at)), recipient)) {
                unexpected += entry.getValue().get();
            }
        }
        return unexpected;
    }

    /** Which (write, recipient) pairs {@link #unexpected} counts, at most {@code limit}. */
    List<String> unexpectedLines(String domain, int limit) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, AtomicInteger> entry : received.entrySet()) {
            int at = entry.getKey().indexOf(' ');
            long need = Long.parseLong(entry.getKey().substring(0, at));
            String recipient = entry.getKey().substring(at + 1);
            if (recipient.endsWith(domain) && unexpected(need, recipient)) {
                lines.add((need < 0 ? "a mail for no write of the run" : "write " + need) + " to " + recipient + ": "
                        + entry.getValue().get() + (forbiddenTo.getOrDefault(need, Set.of()).contains(recipient)
                        ? " (removed well before)" : ""));
            }
        }
        return limit > 0 && lines.size() > limit ? lines.subList(0, limit) : lines;
    }

    private boolean unexpected(long need, String recipient) {
        Set<String> owed = needs.containsKey(need) ? owed(need) : null;
        Set<String> maybe = needs.containsKey(need) ? maybe(need) : Set.of();
        boolean forbidden = forbiddenTo.getOrDefault(need, Set.of()).contains(recipient);
        boolean strayed = !coming.contains(recipient) && (owed == null || !owed.contains(recipient))
                && !maybe.contains(recipient);
        return forbidden || strayed;
    }

    List<Long> needsSoFar() {
        return new ArrayList<>(needs.keySet());
    }

    /** Who this write is owed to, as far as is known now. */
    private Set<String> owed(long need) {
        Map<String, BooleanSupplier> conditional = owedIfStill.getOrDefault(need, Map.of());
        if (conditional.isEmpty()) {
            return owedTo.getOrDefault(need, Set.of());
        }
        Set<String> owed = new java.util.LinkedHashSet<>(owedTo.getOrDefault(need, Set.of()));
        conditional.forEach((recipient, stillSubscribed) -> {
            if (stillSubscribed.getAsBoolean()) {
                owed.add(recipient);
            }
        });
        return owed;
    }

    private Set<String> maybe(long need) {
        Map<String, BooleanSupplier> conditional = owedIfStill.getOrDefault(need, Map.of());
        if (conditional.isEmpty()) {
            return maybeTo.getOrDefault(need, Set.of());
        }
        Set<String> maybe = new java.util.LinkedHashSet<>(maybeTo.getOrDefault(need, Set.of()));
        Set<String> owed = owed(need);
        conditional.keySet().stream().filter(recipient -> !owed.contains(recipient)).forEach(maybe::add);
        return maybe;
    }

    /** How many distinct messages (by Message-ID or webhook-id) of this write reached this recipient. */
    private int count(long need, String recipient) {
        Set<String> distinct = ids.get(key(need, recipient));
        return distinct == null ? 0 : distinct.size();
    }

    /** How many copies, counting each one sent again under an id the recipient already had. */
    private int copies(long need, String recipient) {
        AtomicInteger count = received.get(key(need, recipient));
        return count == null ? 0 : count.get();
    }

    private static String key(long need, String recipient) {
        return need + " " + recipient.strip().toLowerCase(Locale.ROOT);
    }
}
