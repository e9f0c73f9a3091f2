package fi.osaava.catalogue.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads offerings ({@code offerings}) and their seat ledgers ({@code seat_ledgers}) raw, by the stored field
 * names agreed with the offering model and pre-registration, so evaluation depends on neither package's classes.
 */
@Component
class OfferingRecords {

    static final String OFFERINGS = "offerings";
    static final String SEAT_LEDGERS = "seat_ledgers";
    private static final String CANCELLED = "CANCELLED";

    private final MongoOperations mongo;

    OfferingRecords(MongoOperations mongo) {
        this.mongo = mongo;
    }

    Optional<EvaluatedOffering> offering(String offeringId) {
        Query query = new Query(Criteria.where("_id").is(offeringId));
        include(query);
        return Optional.ofNullable(mongo.findOne(query, Document.class, OFFERINGS)).map(OfferingRecords::toOffering);
    }

    /**
     * The offerings that reached PUBLISHED (also those later withdrawn or archived: they have a
     * {@code publishedAt}; an archived one, or a published one from before {@code publishedAt}, counts by its
     * status) of one provider or of all, starting within [from, to).
     */
    List<EvaluatedOffering> published(@Nullable String providerOrganisationId, @Nullable Instant from,
                                      @Nullable Instant to) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("publishedAt").ne(null),
                Criteria.where("status").in("PUBLISHED", "ARCHIVED"));
        List<Criteria> all = new ArrayList<>(List.of(criteria));
        if (providerOrganisationId != null) {
            all.add(Criteria.where("providerOrganisationId").is(providerOrganisationId));
        }
        if (from != null || to != null) {
            Criteria starts = Criteria.where("startsAt");
            if (from != null) {
                starts = starts.gte(Date.from(from));
            }
            if (to != null) {
                starts = starts.lt(Date.from(to));
            }
            all.add(starts);
        }
        Query query = new Query(new Criteria().andOperator(all));
        include(query);
        return mongo.find(query, Document.class, OFFERINGS).stream().map(OfferingRecords::toOffering).toList();
    }

    /** Whether the organisation holds a pre-registration (pre-registered or committed, not cancelled) there. */
    boolean preRegistered(String offeringId, String organisationId) {
        Query query = new Query(Criteria.where("_id").is(offeringId).and("preRegistrations").elemMatch(
                Criteria.where("organisationId").is(organisationId).and("status").ne(CANCELLED)));
        return mongo.exists(query, SEAT_LEDGERS);
    }

    /** Per offering: its active pre-registrations and committed seats, from its seat ledger (none: no entry). */
    Map<String, Seats> seats(Collection<String> offeringIds) {
        Query query = new Query(Criteria.where("_id").in(offeringIds));
        query.fields().include("committedSeats", "preRegistrations.status");
        Map<String, Seats> seats = new HashMap<>();
        for (Document ledger : mongo.find(query, Document.class, SEAT_LEDGERS)) {
            long active = ledger.getList("preRegistrations", Document.class, List.of()).stream()
                    .filter(p -> !CANCELLED.equals(p.getString("status"))).count();
            Object committed = ledger.get("committedSeats");
            seats.put(String.valueOf(ledger.get("_id")),
                    new Seats((int) active, committed instanceof Number n ? n.intValue() : 0));
        }
        return seats;
    }

    private static void include(Query query) {
        query.fields().include("providerOrganisationId", "status", "category", "pricing.kind", "startsAt", "endsAt");
    }

    private static EvaluatedOffering toOffering(Document offering) {
        Object pricing = offering.get("pricing");
        return new EvaluatedOffering(String.valueOf(offering.get("_id")),
                String.valueOf(offering.get("providerOrganisationId")), String.valueOf(offering.get("status")),
                offering.getString("category"), pricing instanceof Document p ? p.getString("kind") : null,
                instant(offering.get("startsAt")), instant(offering.get("endsAt")));
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof String text ? Instant.parse(text) : null;
    }

    /** An offering's pre-registrations that were not cancelled, and its committed seats. */
    record Seats(int preRegistrations, int committedSeats) {
    }
}
