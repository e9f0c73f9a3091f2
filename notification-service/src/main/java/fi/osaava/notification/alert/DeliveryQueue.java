package fi.osaava.notification.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fi.osaava.notification.matching.AlertEvent;

/**
 * The store's list of deliveries not yet done ({@link QueuedDelivery}), the durable half of the work that
 * {@link DispatchQueue} holds in memory. Everything here is by {@code _id} except the retrier's look for due
 * work, which reads only this small collection (indexed on {@code nextAttemptAt} in MongoDB).
 */
@Component
class DeliveryQueue {

    static final String COLLECTION = "delivery-queue";

    private final MongoTemplate mongo;
    private final DispatchQueue dispatching;
    /** The earliest time this instance knows something will be due (a retry it scheduled), if any. */
    private final AtomicReference<Instant> knownDue = new AtomicReference<>(Instant.MAX);

    DeliveryQueue(MongoTemplate mongo, DispatchQueue dispatching) {
        this.mongo = mongo;
        this.dispatching = dispatching;
    }

    /**
     * Hands queued deliveries leased until {@code leaseUntil} to this instance's dispatchers; those they have no
     * room for wait here, and the retrier looks for them when the lease ends.
     */
    void dispatch(String eventId, @Nullable AlertEvent event, Instant leaseUntil, List<String> deliveryIds) {
        if (dispatching.offer(eventId, event, leaseUntil, deliveryIds) < deliveryIds.size()) {
            expectDue(leaseUntil);
        }
    }

    /** Deliveries this instance holds in memory, waiting for its dispatchers. */
    int waitingInMemory() {
        return dispatching.size();
    }

    /** Something will be due then (a retry, or work the dispatchers had no room for): the retrier looks. */
    void expectDue(Instant at) {
        knownDue.accumulateAndGet(at, (a, b) -> a.isBefore(b) ? a : b);
    }

    boolean somethingDueBy(Instant now) {
        return !knownDue.get().isAfter(now);
    }

    /** The retrier looked at {@code now}: what was known due by then it has claimed. */
    void lookedAt(Instant now) {
        knownDue.updateAndGet(at -> at.isAfter(now) ? at : Instant.MAX);
    }

    /** Queues them; one already queued (a redelivered event) stays as it is. */
    void addAll(List<QueuedDelivery> queued) {
        Bulk.insertIgnoringDuplicates(mongo, QueuedDelivery.class, queued);
    }

    /** They are done: SENT, DEAD or CANCELLED. */
    void remove(Collection<String> deliveryIds) {
        if (!deliveryIds.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(deliveryIds)), QueuedDelivery.class);
        }
    }

    /** Failed ones wait until their next attempt. */
    void retryAt(Map<String, Instant> nextAttempts) {
        if (nextAttempts.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, QueuedDelivery.class);
        nextAttempts.forEach((id, at) ->
                bulk.updateOne(Query.query(Criteria.where("_id").is(id)), new Update().set("nextAttemptAt", at)));
        bulk.execute();
        // only once the times are stored: a retrier that looked in between would find nothing due in the store,
        // forget what it was told, and leave the retries to the next sweep
        nextAttempts.values().forEach(this::expectDue);
    }

    /**
     * Takes up to {@code limit} deliveries whose time has come: one update moves their {@code nextAttemptAt}
     * to {@code leaseUntil} and stamps them with this claim, each only if it is still due (atomic per
     * document), so two instances never take the same one; then the stamped ones are read back by id.
     */
    List<QueuedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        Query due = Query.query(Criteria.where("nextAttemptAt").lte(now)).limit(limit);
        due.fields().include("_id");
        List<String> candidates = mongo.find(due, QueuedDelivery.class).stream().map(QueuedDelivery::id).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        String claim = UUID.randomUUID().toString();
        mongo.updateMulti(Query.query(Criteria.where("_id").in(candidates).and("nextAttemptAt").lte(now)),
                new Update().set("nextAttemptAt", leaseUntil).set("claim", claim), QueuedDelivery.class);
        // read back by id (the claim alone is indexed nowhere): those another instance took meanwhile have its claim
        return mongo.find(Query.query(Criteria.where("_id").in(candidates).and("claim").is(claim)), QueuedDelivery.class);
    }
}
