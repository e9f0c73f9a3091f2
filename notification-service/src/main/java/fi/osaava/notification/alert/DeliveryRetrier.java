package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes what is due from the {@link DeliveryQueue} to the dispatchers: FAILED deliveries whose back-off has
 * passed, and PENDING ones whose first attempt never finished (the process died in between, or the
 * dispatchers were too far behind). Each is claimed with one atomic findAndModify, so two instances never
 * send the same delivery at the same time. It looks into the store when it knows something is due (a retry
 * this instance scheduled), at start-up, and every {@code sweep-interval} for what others left behind. It runs every
 * {@code osaava.alerts.retry-interval} (AlertConfiguration's task).
 */
@Component
class DeliveryRetrier {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetrier.class);
    private static final int CLAIMS_PER_ROUND = 1000;

    private final DeliveryQueue queue;
    private final AlertProperties properties;
    private final Clock clock;
    private Instant lastSweep = Instant.EPOCH;

    DeliveryRetrier(DeliveryQueue queue, AlertProperties properties, Clock clock) {
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    void retryDue() {
        Instant now = clock.instant();
        boolean sweep = !now.isBefore(lastSweep.plus(properties.sweepInterval()));
        if (!sweep && !queue.somethingDueBy(now)) {
            return;
        }
        if (sweep) {
            lastSweep = now;
        }
        queue.lookedAt(now);
        // as long as a newly recorded fan-out's: what the dispatchers hold already goes first, and a lease that ran
        // out in the queue would be claimed again (and on the embedded store, every claim reads the whole queue)
        Instant leaseUntil = properties.leaseUntil(now, queue.waitingInMemory() + CLAIMS_PER_ROUND);
        List<QueuedDelivery> claimed = queue.claimDue(now, leaseUntil, CLAIMS_PER_ROUND);
        if (claimed.size() == CLAIMS_PER_ROUND) {
            queue.expectDue(now); // more are due: look again next round
        }
        Map<String, List<String>> byEvent = claimed.stream().collect(Collectors.groupingBy(QueuedDelivery::eventId,
                LinkedHashMap::new, Collectors.mapping(QueuedDelivery::id, Collectors.toList())));
        byEvent.forEach((eventId, ids) -> queue.dispatch(eventId, null, leaseUntil, ids));
        if (!claimed.isEmpty()) {
            log.info("Retrying {} due deliveries", claimed.size());
        }
    }
}
