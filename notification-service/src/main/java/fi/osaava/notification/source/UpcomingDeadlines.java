package fi.osaava.notification.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.notification.alert.AlertManagement;
import fi.osaava.notification.matching.Topic;

/**
 * Raises "pre-registration closes soon" a while before an offering's deadline. The catalogue sends no such
 * event, so this service keeps the deadlines of published offerings and raises the alert itself, keyed by
 * {@code deadline-near:<offering>:<deadline>}: raised again after a crash, it still reaches nobody twice.
 */
@Component
class UpcomingDeadlines {

    private static final Logger log = LoggerFactory.getLogger(UpcomingDeadlines.class);

    private final MongoTemplate mongo;
    private final AlertManagement alerts;
    private final Clock clock;
    private final Duration notice;

    UpcomingDeadlines(MongoTemplate mongo, AlertManagement alerts, Clock clock,
                      @Value("${osaava.alerts.deadline-notice:7d}") Duration notice) {
        this.mongo = mongo;
        this.alerts = alerts;
        this.clock = clock;
        this.notice = notice;
    }

    /** The offering as published or updated: a deadline still ahead is followed, a changed one anew. */
    void follow(OfferingPublishedMessage offering) {
        Instant deadline = offering.registrationDeadline();
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            forget(offering.offeringId());
            return;
        }
        UpcomingDeadline known = mongo.findById(offering.offeringId(), UpcomingDeadline.class);
        boolean sameDeadline = known != null && known.deadline().equals(deadline);
        mongo.save(new UpcomingDeadline(offering.offeringId(), deadline, deadline.minus(notice), offering,
                sameDeadline ? known.raisedAt() : null));
    }

    void forget(String offeringId) {
        mongo.remove(Query.query(Criteria.where("_id").is(offeringId)), UpcomingDeadline.class);
    }

    /** Run by the {@code deadline-alerts} task ({@link DeadlineChecking}). */
    void raiseDue() {
        Instant now = clock.instant();
        List<UpcomingDeadline> due = mongo.find(Query.query(Criteria.where("remindAt").lte(now).and("raisedAt").is(null)
                .and("deadline").gt(now)), UpcomingDeadline.class);
        for (UpcomingDeadline deadline : due) {
            String eventId = "deadline-near:" + deadline.offeringId() + ":" + deadline.deadline().getEpochSecond();
            alerts.raise(AlertSources.offeringEvent(eventId, Topic.PRE_REGISTRATION_DEADLINE_NEAR, deadline.offering(),
                    now));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(deadline.offeringId())
                    .and("deadline").is(deadline.deadline())), new Update().set("raisedAt", now), UpcomingDeadline.class);
        }
        if (!due.isEmpty()) {
            log.info("Raised {} pre-registration deadline alerts", due.size());
        }
    }
}
