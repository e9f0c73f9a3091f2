package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.kit.security.Actor;

/**
 * The delivery figures of the coordinator's live overview, kept as tallies by key so that reading them never
 * scans the delivery log (on the embedded store every query not by key reads the whole, growing collection):
 * collection {@value #COLLECTION}, one document per Helsinki day ({@code _id} "2026-12-06": {@code sent},
 * {@code failed}, {@code dead}) and one {@code _id} {@value #ALL} ({@code dead}, all time), raised with upsert and
 * {@code $inc} once per dispatched batch. A failed attempt counts in {@code failed} whether it will be retried
 * (FAILED) or was the last (DEAD); a DEAD one counts in {@code dead} too. What waits is the delivery queue's size.
 *
 * <p>The tally is a write of its own after the deliveries' bulk update, not one transaction with it: a crash
 * between the two leaves the figures one batch short. They are a dashboard's figures; the delivery log stays
 * the truth. Days before the tallies existed count nothing; {@code "all".dead} was seeded from the log once
 * ({@link EarlierDeadDeliveries}).
 */
@Component
public class DeliveryTallies {

    private static final Logger log = LoggerFactory.getLogger(DeliveryTallies.class);

    static final String COLLECTION = "delivery-tallies";
    /** The all-time document's {@code _id}. */
    static final String ALL = "all";
    /** Whose day "today" is. */
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private final MongoTemplate mongo;
    private final AlertAccess access;
    private final Clock clock;

    DeliveryTallies(MongoTemplate mongo, AlertAccess access, Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Today's figures (Helsinki) and the all-time dead: two reads by {@code _id} and the queue's size.
     *
     * @param day     today in Europe/Helsinki
     * @param sent    deliveries that went out today
     * @param failed  attempts that failed today (to be retried, or the last)
     * @param waiting deliveries still to go out (pending or to be retried)
     * @param dead    deliveries given up, all time
     */
    public record Counts(LocalDate day, long sent, long failed, long waiting, long dead) {
    }

    /** Coordinator only, as the delivery log beyond one's own deliveries ({@link AlertAccess}). */
    public Counts counts(Actor actor) {
        access.requireMayReadDeliveries(actor, null);
        LocalDate day = LocalDate.now(clock.withZone(ZONE));
        Document today = mongo.findById(day.toString(), Document.class, COLLECTION);
        Document all = mongo.findById(ALL, Document.class, COLLECTION);
        return new Counts(day, number(today, "sent"), number(today, "failed"),
                mongo.estimatedCount(DeliveryQueue.COLLECTION), number(all, "dead"));
    }

    /** Counts the outcomes of one batch's attempts, as the dispatcher wrote them. */
    void record(Collection<Delivery> attempted) {
        long sent = 0;
        long failed = 0;
        long dead = 0;
        for (Delivery delivery : attempted) {
            switch (delivery.status()) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case DEAD -> {
                    failed++;
                    dead++;
                }
                default -> {
                    // PENDING cannot come out of an attempt; CANCELLED was not an attempt that failed
                }
            }
        }
        if (sent + failed == 0) {
            return;
        }
        var tallies = mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
        String day = LocalDate.now(clock.withZone(ZONE)).toString();
        tallies.upsert(Query.query(Criteria.where("_id").is(day)),
                new Update().inc("sent", sent).inc("failed", failed).inc("dead", dead));
        if (dead > 0) {
            tallies.upsert(Query.query(Criteria.where("_id").is(ALL)), new Update().inc("dead", dead));
        }
        try {
            tallies.execute();
        } catch (RuntimeException e) {
            // the deliveries are written: a figure short is better than the batch's queue work left undone
            log.warn("Delivery tallies not updated ({} sent, {} failed, {} dead): {}", sent, failed, dead, e.toString());
        }
    }

    private static long number(@Nullable Document tally, String field) {
        Object value = tally == null ? null : tally.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
