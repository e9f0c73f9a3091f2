package fi.osaava.notification.alert;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due: FAILED deliveries whose back-off has passed and PENDING ones whose first attempt
 * never finished (the process died in between). Each is leased with one atomic findAndModify, so two
 * instances never send the same delivery at the same time.
 */
@Component
class DeliveryRetrier {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetrier.class);

    private final MongoTemplate mongo;
    private final DeliveryDispatcher dispatcher;
    private final AlertProperties properties;
    private final Clock clock;

    DeliveryRetrier(MongoTemplate mongo, DeliveryDispatcher dispatcher, AlertProperties properties, Clock clock) {
        this.mongo = mongo;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${osaava.alerts.retry-interval:5s}")
    void retryDue() {
        int retried = 0;
        for (Delivery due = leaseNext(); due != null && retried < 100; due = leaseNext()) {
            dispatcher.attempt(due);
            retried++;
        }
        if (retried > 0) {
            log.info("Retried {} due deliveries", retried);
        }
    }

    private @Nullable Delivery leaseNext() {
        Query due = new Query(Criteria.where("status").in(List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED))
                .and("nextAttemptAt").lte(clock.instant()));
        Update lease = new Update().set("nextAttemptAt", clock.instant().plus(properties.leaseTime())).inc("version", 1);
        return mongo.findAndModify(due, lease, FindAndModifyOptions.options().returnNew(true), Delivery.class);
    }
}
