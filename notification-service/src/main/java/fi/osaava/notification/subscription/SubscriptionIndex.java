package fi.osaava.notification.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.MatchingIndex;
import fi.osaava.notification.matching.SubscriptionMatcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The active subscriptions in memory, behind a {@link MatchingIndex}: built from the store before the
 * consumers start, changed with every write made here, and told at once of writes made by other instances: each
 * write is counted in {@link SubscriptionChanges} and signalled to the others ({@link SubscriptionSignals}), which
 * read that one subscription by {@code _id} (nothing is ever removed from the store, only marked deleted).
 *
 * <p>Matching an event first compares the count with the writes applied here and reads the changed subscriptions if
 * some are missing, so an event is matched against every write counted before it ({@link #match}). A signal can be
 * lost, so a catch-up every few seconds also compares the count with the numbers this instance has
 * applied (its own writes and those signalled to it); only when some are missing does it read the subscriptions
 * changed lately, a query that reads the whole collection on a store without an index on {@code updatedAt} (the
 * embedded one). Every {@code full-catch-up-every}-th catch-up reads the changes anyway, in case a count was not
 * made (a write whose count failed).
 */
@Component
public class SubscriptionIndex implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionIndex.class);
    /** Writes of other instances may be stored with a slightly older clock than ours. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Subscriptions subscriptions;
    private final SubscriptionChanges changes;
    private final SubscriptionSignals signals;
    private final int fullCatchUpEvery;
    /** Numbers of the writes applied here (own and signalled ones) that a catch-up has not yet passed. */
    private final NavigableSet<Long> applied = new TreeSet<>();
    private long changesSeen;
    private int catchUpsSinceRead;
    private final Counter catchUpReads;
    private final SubscriptionMatcher matcher = new MatchingIndex();
    private final Map<String, Subscription> active = new ConcurrentHashMap<>();
    /** Every subscription not deleted, active or not: what the reach of an event is told about without a store scan. */
    private final Map<String, Subscription> kept = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Timer matchingTime;
    private volatile Instant caughtUpTo = Instant.EPOCH;

    SubscriptionIndex(Subscriptions subscriptions, SubscriptionChanges changes, SubscriptionSignals signals, Clock clock,
                      MeterRegistry meters, @Value("${osaava.subscriptions.full-catch-up-every:30}") int fullCatchUpEvery) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.signals = signals;
        this.fullCatchUpEvery = fullCatchUpEvery;
        this.catchUpReads = Counter.builder("osaava.subscriptions.catch-up.reads")
                .description("Catch-ups that read the subscriptions changed lately (other instances wrote)")
                .register(meters);
        this.clock = clock;
        this.matchingTime = Timer.builder("osaava.matching.time").description("Time to find one event's subscriptions")
                .publishPercentileHistogram().register(meters);
        meters.gauge("osaava.subscriptions.active", active, Map::size);
    }

    @Override
    public void afterPropertiesSet() {
        rebuild();
    }

    /** Everything again from the store. */
    public synchronized void rebuild() {
        Instant started = clock.instant();
        long count = changes.current();
        matcher.clear();
        active.clear();
        kept.clear();
        subscriptions.findAll().forEach(this::apply);
        caughtUpTo = started;
        passed(count);
        log.info("Subscription index built: {} active subscriptions", active.size());
    }

    /** The subscription as just stored: applied here, counted, and signalled to the other instances. */
    public void refresh(Subscription subscription) {
        long change;
        synchronized (this) {
            apply(subscription);
            try {
                change = changes.bump();
            } catch (RuntimeException e) {
                // the write stands; other instances see it at their next full catch-up
                log.warn("Subscription {} written but not counted: {}", subscription.id(), e.toString());
                return;
            }
            applied.add(change);
        }
        signals.changed(subscription.id(), change);
    }

    /** Another instance wrote the subscription, as the {@code change}-th counted write: read it and apply it. */
    public void changedElsewhere(String subscriptionId, long change) {
        Optional<Subscription> stored = subscriptions.findById(subscriptionId);
        synchronized (this) {
            stored.ifPresent(this::apply);
            if (change > changesSeen) {
                applied.add(change);
            }
        }
    }

    synchronized void catchUp() {
        Instant started = clock.instant();
        catchUp(++catchUpsSinceRead >= fullCatchUpEvery, started, changes.current());
    }

    /** {@code count}: the count of writes as read at {@code started}. */
    private synchronized void catchUp(boolean full, Instant started, long count) {
        if (full || !allAppliedUpTo(count)) {
            catchUpReads.increment();
            catchUpsSinceRead = 0;
            subscriptions.findByUpdatedAtGreaterThanEqual(caughtUpTo.minus(CLOCK_SKEW)).forEach(this::apply);
        }
        caughtUpTo = started;
        passed(count);
    }

    /** Whether every write counted after the last catch-up, up to {@code count}, has been applied here. */
    private boolean allAppliedUpTo(long count) {
        return count <= changesSeen || count - changesSeen == applied.subSet(changesSeen, false, count, true).size();
    }

    private synchronized boolean behind(long count) {
        return !allAppliedUpTo(count);
    }

    private void passed(long count) {
        changesSeen = Math.max(changesSeen, count);
        applied.headSet(changesSeen, true).clear();
    }

    private void apply(Subscription subscription) {
        // the staleness check against the active copy only, as before the reach kept inactive ones too
        Subscription known = active.get(subscription.id());
        // the store keeps milliseconds: a write held here with its nanoseconds is no newer than the same one read back
        if (known != null && known.updatedAt().truncatedTo(ChronoUnit.MILLIS)
                .isAfter(subscription.updatedAt().truncatedTo(ChronoUnit.MILLIS))) {
            return; // an older read than what is held
        }
        if (subscription.deleted()) {
            kept.remove(subscription.id());
        } else {
            kept.put(subscription.id(), subscription);
        }
        if (subscription.isActive()) {
            active.put(subscription.id(), subscription);
            matcher.upsert(subscription.indexed());
        } else {
            active.remove(subscription.id());
            matcher.remove(subscription.id());
        }
    }

    /**
     * The active subscriptions the event reaches, as every subscription write counted so far left them: when the
     * count shows writes not applied here (another instance's, whose signal has not come yet or was lost, or written
     * while this instance was starting and its signal consumer not yet listening), the changed subscriptions are
     * read first. One read by key per event; the fault harness found a restarted instance matching with an index
     * that lacked ten subscriptions made during its start-up, until its first catch-up.
     */
    public List<Subscription> match(AlertEvent event) {
        Instant started = clock.instant();
        long count = changes.current();
        if (behind(count)) {
            catchUp(false, started, count);
        }
        List<Subscription> matched = new ArrayList<>();
        matchingTime.record(() -> {
            for (String id : matcher.match(event)) {
                Subscription subscription = active.get(id);
                if (subscription != null) {
                    matched.add(subscription);
                }
            }
        });
        return matched;
    }

    /**
     * Every subscription not deleted, active or not, as held here (no read of the store): the ones {@link #match}
     * considers and the ones it does not, with why ({@link Subscription#inactivity()}).
     */
    public List<Subscription> kept() {
        return List.copyOf(kept.values());
    }

    public Optional<Subscription> activeSubscription(String id) {
        return Optional.ofNullable(active.get(id));
    }

    public int size() {
        return active.size();
    }
}
