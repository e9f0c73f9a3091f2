package fi.osaava.catalogue.preregistration;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fi.osaava.catalogue.preregistration.SeatLedger.AsRead;
import fi.osaava.kit.event.OutboxEvent;
import fi.osaava.kit.outbox.OutboxSignals;

/**
 * Stores seat ledgers with a compare-and-set: a write succeeds only if the stored document still holds exactly the
 * state the step was decided on — its revision, held and committed seats and pre-registrations as they were read —
 * in one single-document update (atomic on MongoDB and on the embedded store, no transactions needed). A loser
 * learns it from the answer and starts again from a fresh read.
 *
 * <p>Why not the revision alone: a read is not always one version of the document. mongo-java-server (the store
 * of the tests and of the local stack) hands the stored document to the wire while an update may be rewriting its
 * fields one by one, so a read can carry the new revision with the old seat count; a step decided on that would pass
 * a revision check and hold one seat too many. Checking the very fields the step decided on needs no such promise
 * from the store.
 *
 * <p>The update sets the ledger's fields and <em>appends</em> the step's new events to {@code outbox} rather
 * than replacing the document, so events the relay removed meanwhile are not written back (and sent twice).
 */
@Repository
public class SeatLedgers {

    private final MongoOperations mongo;
    private final OutboxSignals outboxSignals;

    SeatLedgers(MongoOperations mongo, OutboxSignals outboxSignals) {
        this.mongo = mongo;
        this.outboxSignals = outboxSignals;
    }

    public Optional<SeatLedger> find(String offeringId) {
        SeatLedger ledger = mongo.findById(offeringId, SeatLedger.class);
        if (ledger == null) {
            return Optional.empty();
        }
        ledger.markRead();
        return Optional.of(ledger);
    }

    /**
     * Writes the ledger if the stored one is still what it was read as (for a new ledger: if there is none yet).
     *
     * @return false when another write came first (nothing was written)
     */
    public boolean saveIfUnchanged(SeatLedger ledger) {
        Optional<AsRead> read = ledger.asRead();
        ledger.advanceRevision();
        if (read.isEmpty()) {
            try {
                mongo.insert(ledger);
                return true;
            } catch (DuplicateKeyException someoneElseCreatedIt) {
                return false;
            }
        }
        AsRead was = read.get();
        List<OutboxEvent> newEvents = ledger.stageRaisedEvents();
        Update update = new Update()
                .set("revision", ledger.revision())
                .set("capacity", ledger.capacity())
                .set("reservedSeats", ledger.reservedSeats())
                .set("committedSeats", ledger.committedSeats())
                .set("preRegistrations", ledger.preRegistrations())
                .set("updatedAt", ledger.updatedAt())
                .push("outbox").each(newEvents.toArray());
        Query unchanged = new Query(Criteria.where("_id").is(ledger.offeringId())
                .and("revision").is(was.revision())
                .and("reservedSeats").is(was.reservedSeats())
                .and("committedSeats").is(was.committedSeats())
                .and("preRegistrations").is(was.preRegistrations()));
        if (mongo.updateFirst(unchanged, update, SeatLedger.class).getMatchedCount() != 1) {
            return false;
        }
        if (!newEvents.isEmpty()) {
            // a targeted update raises no save event: tell the relay itself (an insert above does it on its own)
            outboxSignals.written(SeatLedger.COLLECTION, ledger.offeringId());
        }
        return true;
    }
}
