package fi.osaava.catalogue.preregistration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** What pre-registration lets the others read of its seat ledgers: who holds a place, and the counts. */
@Component
public class SeatCounts {

    private static final String CANCELLED = PreRegistrationStatus.CANCELLED.name();

    private final MongoOperations mongo;

    SeatCounts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Whether the organisation holds a pre-registration (pre-registered or committed, not cancelled) there. */
    public boolean holds(String offeringId, String organisationId) {
        Query query = new Query(Criteria.where("_id").is(offeringId).and("preRegistrations").elemMatch(
                Criteria.where("organisationId").is(organisationId).and("status").ne(CANCELLED)));
        return mongo.exists(query, SeatLedger.class);
    }

    /** Per offering: its active pre-registrations and committed seats (an offering without a ledger: no entry). */
    public Map<String, Seats> of(Collection<String> offeringIds) {
        Query query = new Query(Criteria.where("_id").in(offeringIds));
        query.fields().include("committedSeats", "preRegistrations.status");
        Map<String, Seats> seats = new HashMap<>();
        for (Document ledger : mongo.find(query, Document.class, mongo.getCollectionName(SeatLedger.class))) {
            long active = ledger.getList("preRegistrations", Document.class, List.of()).stream()
                    .filter(p -> !CANCELLED.equals(p.getString("status"))).count();
            Object committed = ledger.get("committedSeats");
            seats.put(String.valueOf(ledger.get("_id")),
                    new Seats((int) active, committed instanceof Number n ? n.intValue() : 0));
        }
        return seats;
    }

    /** An offering's pre-registrations that were not cancelled, and its committed seats. */
    public record Seats(int preRegistrations, int committedSeats) {
    }
}
