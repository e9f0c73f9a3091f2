package fi.osaava.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The churn recipients' subscriptions over time, for the ledger. A scenario subscribes new recipients as it goes
 * and removes the previous scenario's at its first churn step. A write sent at least {@link #GRACE} after a
 * subscription's creation was answered is owed to it if the removal had not been asked for when the scenario is
 * counted (every instance's matching index must have learnt of the subscription by then); a write sent at least
 * {@code GRACE} after the removal was answered must not reach it; anything between, at most once (a removal
 * cancels what was not yet sent to it: the person asked for no more).
 */
final class Churn {

    static final Duration GRACE = Duration.ofSeconds(2);

    /** Subscribe {@code recipients}' one, or remove all of them. */
    record Step(List<String> recipients, boolean subscribe) {
    }

    /**
     * {@code owedIfStillSubscribed}: subscribed well before the write; owed it if their removal has not been
     * asked for when it is counted ({@link FaultLedger#owedIfStillSubscribed}).
     */
    record Owed(Map<String, BooleanSupplier> owedIfStillSubscribed, Set<String> maybe,
                Set<String> forbidden) {
    }

    private static final class Life {
        long subscribedAt = Long.MAX_VALUE;
        long removalAskedAt = Long.MAX_VALUE;
        long removedAt = Long.MAX_VALUE;
        boolean unknown;
        String subscriptionId;
    }

    private final Map<String, Life> lives = new java.util.LinkedHashMap<>();
    private final FaultLedger ledger;
    private final List<String> toRemove = new ArrayList<>();
    private int next;

    Churn(FaultLedger ledger) {
        this.ledger = ledger;
    }

    /** A scenario begins: what the churn subscribed so far is removed at its first step. */
    synchronized void newScenario() {
        lives.forEach((recipient, life) -> {
            if (life.subscriptionId != null && life.removalAskedAt == Long.MAX_VALUE) {
                toRemove.add(recipient);
            }
        });
    }

    synchronized Step next() {
        if (!toRemove.isEmpty()) {
            List<String> removing = List.copyOf(toRemove);
            toRemove.clear();
            long now = System.nanoTime();
            removing.forEach(recipient -> lives.get(recipient).removalAskedAt = now);
            return new Step(removing, false);
        }
        String recipient = "c" + next++ + OsaavaApi.RECIPIENT_DOMAIN;
        ledger.comesAndGoes(recipient);
        lives.put(recipient, new Life());
        return new Step(List.of(recipient), true);
    }

    synchronized String subscriptionId(String recipient) {
        return lives.get(recipient).subscriptionId;
    }

    private synchronized boolean stillSubscribed(Life life) {
        return life.removalAskedAt == Long.MAX_VALUE;
    }

    synchronized void subscribed(String recipient, String id) {
        Life life = lives.get(recipient);
        life.subscriptionId = id;
        life.subscribedAt = System.nanoTime();
    }

    synchronized void unsubscribed(String recipient) {
        lives.get(recipient).removedAt = System.nanoTime();
    }

    /** The change may or may not have been made: the recipient is possibly owed from now on, never surely. */
    synchronized void unknown(String recipient) {
        lives.get(recipient).unknown = true;
    }

    /** Called once the write was answered. */
    synchronized Owed owed(long sentAt) {
        Map<String, BooleanSupplier> owed = new HashMap<>();
        Set<String> maybe = new LinkedHashSet<>();
        Set<String> forbidden = new LinkedHashSet<>();
        long grace = GRACE.toNanos();
        lives.forEach((recipient, life) -> {
            boolean removedBefore = life.removedAt != Long.MAX_VALUE && sentAt - life.removedAt >= grace;
            if (removedBefore) {
                forbidden.add(recipient);
                return;
            }
            boolean subscribed = !life.unknown && life.subscribedAt != Long.MAX_VALUE
                    && sentAt - life.subscribedAt >= grace && life.removalAskedAt == Long.MAX_VALUE;
            if (subscribed) {
                owed.put(recipient, () -> stillSubscribed(life));
            } else {
                maybe.add(recipient);
            }
        });
        return new Owed(owed, maybe, forbidden);
    }
}
