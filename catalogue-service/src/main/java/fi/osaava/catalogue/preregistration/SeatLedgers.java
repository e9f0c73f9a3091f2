package fi.osaava.catalogue.preregistration;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fi.osaava.kit.event.OutboxEvent;

/**
 * Stores seat ledgers with a compare-and-set on {@code revision}: a write succeeds only if the document still
 * has the revision the ledger was read at, in one single-document update (atomic on MongoDB and on the embedded
 * store, no transactions needed). A loser learns it from the answer and starts again from a fresh read.
 *
 * <p>The update sets the ledger's fields and <em>appends</em> the step's new events to {@code outbox} rather
 * than replacing the document, so events the relay removed meanwhile are not written back (and sent twice).
 */
@Repository
public class SeatLedgers {

    private final MongoOperations mongo;

    SeatLedgers(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<SeatLedger> find(String offeringId) {
        return Optional.ofNullable(mongo.findById(offeringId, SeatLedger.class));
    }

    /**
     * Writes the ledger if nobody else did since it was read.
     *
     * @param eventsBefore how many of the ledger's pending events were there when it was read; the rest are new
     * @return false when another write came first (nothing was written)
     */
    public boolean saveIfUnchanged(SeatLedger ledger, int eventsBefore) {
        long readAt = ledger.revision();
        ledger.advanceRevision();
        if (readAt == 0) {
            try {
                mongo.insert(ledger);
                return true;
            } catch (DuplicateKeyException someoneElseCreatedIt) {
                return false;
            }
        }
        List<OutboxEvent> events = ledger.pendingEvents();
        Update update = new Update()
                .set("revision", ledger.revision())
                .set("capacity", ledger.capacity())
                .set("reservedSeats", ledger.reservedSeats())
                .set("committedSeats", ledger.committedSeats())
                .set("preRegistrations", ledger.preRegistrations())
                .set("updatedAt", ledger.updatedAt())
                .push("outbox").each(events.subList(eventsBefore, events.size()).toArray());
        Query unchanged = new Query(Criteria.where("_id").is(ledger.offeringId()).and("revision").is(readAt));
        return mongo.updateFirst(unchanged, update, SeatLedger.class).getMatchedCount() == 1;
    }
}
