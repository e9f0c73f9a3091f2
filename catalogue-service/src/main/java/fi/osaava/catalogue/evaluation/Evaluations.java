package fi.osaava.catalogue.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fi.osaava.kit.event.OutboxEvent;
import fi.osaava.kit.outbox.OutboxSignals;

/**
 * Stores evaluations by their {@code <offeringId>:<organisationId>} id with one single-document upsert that sets
 * the rating and <em>appends</em> the new event to the outbox, so an event the relay removed meanwhile is never
 * written back (and sent twice), and two organisations' — or one organisation's two — requests never make two
 * documents.
 */
@Repository
public class Evaluations {

    private final MongoOperations mongo;
    private final OutboxSignals outboxSignals;

    Evaluations(MongoOperations mongo, OutboxSignals outboxSignals) {
        this.mongo = mongo;
        this.outboxSignals = outboxSignals;
    }

    public Optional<Evaluation> find(String offeringId, String organisationId) {
        return Optional.ofNullable(mongo.findById(Evaluation.idOf(offeringId, organisationId), Evaluation.class));
    }

    void save(Evaluation evaluation) {
        List<OutboxEvent> newEvents = evaluation.stageRaisedEvents();
        Update update = new Update()
                .set("offeringId", evaluation.offeringId())
                .set("providerOrganisationId", evaluation.providerOrganisationId())
                .set("organisationId", evaluation.organisationId())
                .set("rating", evaluation.rating())
                .set("comment", evaluation.comment())
                .set("participants", evaluation.participants())
                .set("evaluatedAt", evaluation.evaluatedAt())
                .set("firstEvaluatedAt", evaluation.firstEvaluatedAt())
                .set("actedBySubject", evaluation.actedBySubject())
                .push("outbox").each(newEvents.toArray());
        mongo.upsert(new Query(Criteria.where("_id").is(evaluation.id())), update, Evaluation.class);
        if (!newEvents.isEmpty()) {
            // a targeted update raises no save event: tell the relay itself
            outboxSignals.written(Evaluation.COLLECTION, evaluation.id());
        }
    }

    /** One offering's evaluations, latest first. */
    public List<Evaluation> ofOffering(String offeringId) {
        return ofOfferings(List.of(offeringId));
    }

    /** The evaluations of these offerings, latest first. */
    List<Evaluation> ofOfferings(Collection<String> offeringIds) {
        Query query = new Query(Criteria.where("offeringId").in(offeringIds))
                .with(Sort.by(Sort.Order.desc("evaluatedAt"), Sort.Order.asc("_id")));
        query.fields().exclude("outbox");
        return mongo.find(query, Evaluation.class);
    }
}
