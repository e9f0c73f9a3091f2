package fi.osaava.notification.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.MatchingIndex;
import fi.osaava.notification.matching.SubscriptionMatcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The active subscriptions in memory, behind a {@link MatchingIndex}: built from the store before the
 * consumers start, changed with every write made here, and caught up every few seconds with writes made by
 * other instances (every change bumps {@code updatedAt}; nothing is ever removed from the store, only
 * marked deleted).
 */
@Component
public class SubscriptionIndex implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionIndex.class);
    /** Writes of other instances may be stored with a slightly older clock than ours. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Subscriptions subscriptions;
    private final SubscriptionMatcher matcher = new MatchingIndex();
    private final Map<String, Subscription> active = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Timer matchingTime;
    private volatile Instant caughtUpTo = Instant.EPOCH;

    SubscriptionIndex(Subscriptions subscriptions, Clock clock, MeterRegistry meters) {
        this.subscriptions = subscriptions;
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
        matcher.clear();
        active.clear();
        subscriptions.findAll().forEach(this::apply);
        caughtUpTo = started;
        log.info("Subscription index built: {} active subscriptions", active.size());
    }

    /** The subscription as just stored. */
    public synchronized void refresh(Subscription subscription) {
        apply(subscription);
    }

    @Scheduled(fixedDelayString = "${osaava.subscriptions.catch-up-interval:10s}")
    synchronized void catchUp() {
        Instant started = clock.instant();
        subscriptions.findByUpdatedAtGreaterThanEqual(caughtUpTo.minus(CLOCK_SKEW)).forEach(this::apply);
        caughtUpTo = started;
    }

    private void apply(Subscription subscription) {
        Subscription known = active.get(subscription.id());
        if (known != null && known.updatedAt().isAfter(subscription.updatedAt())) {
            return; // an older read than what is held
        }
        if (subscription.isActive()) {
            active.put(subscription.id(), subscription);
            matcher.upsert(subscription.indexed());
        } else {
            active.remove(subscription.id());
            matcher.remove(subscription.id());
        }
    }

    /** The active subscriptions the event reaches. */
    public List<Subscription> match(AlertEvent event) {
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

    public Optional<Subscription> activeSubscription(String id) {
        return Optional.ofNullable(active.get(id));
    }

    public int size() {
        return active.size();
    }
}
