package fi.osaava.catalogue.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;

/**
 * One organisation's rating of one ended offering. Its id is {@code <offeringId>:<organisationId>}, so there is
 * never more than one per pair: evaluating again replaces the rating and the comment. Its events travel in its
 * own document.
 */
@Document(Evaluation.COLLECTION)
public class Evaluation extends OutboxAggregate {

    static final String COLLECTION = "evaluations";
    static final int MAX_COMMENT = 2000;

    @Id
    private String id;
    @Indexed
    private String offeringId;
    private String providerOrganisationId;
    private String organisationId;
    private int rating;
    private @Nullable String comment;
    private @Nullable Integer participants;
    private Instant evaluatedAt;
    private @Nullable Instant firstEvaluatedAt;
    private String actedBySubject;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Evaluation() {
    }

    @SuppressWarnings("NullAway.Init")
    private Evaluation(String offeringId, String providerOrganisationId, String organisationId) {
        this.id = idOf(offeringId, organisationId);
        this.offeringId = offeringId;
        this.providerOrganisationId = providerOrganisationId;
        this.organisationId = organisationId;
    }

    static String idOf(String offeringId, String organisationId) {
        return offeringId + ":" + organisationId;
    }

    /** A new evaluation, not stored until rated. */
    static Evaluation of(EvaluatedOffering offering, String organisationId) {
        return new Evaluation(offering.id(), offering.providerOrganisationId(), organisationId);
    }

    /** Rates (or rates again, replacing the earlier rating and comment). */
    void rate(int rating, @Nullable String comment, @Nullable Integer participants, Instant now, ActedBy actedBy) {
        boolean replaces = firstEvaluatedAt != null;
        this.rating = rating;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.participants = participants;
        this.evaluatedAt = now;
        if (firstEvaluatedAt == null) {
            firstEvaluatedAt = now;
        }
        this.actedBySubject = actedBy.subject();
        raise(new OfferingEvaluated(offeringId, providerOrganisationId, id, organisationId,
                rating, this.comment != null, participants, replaces, now, actedBy), now);
    }

    @Override
    protected String aggregateId() {
        // the events' key: one offering's evaluations stay in order
        return offeringId;
    }

    public String id() {
        return id;
    }

    public String offeringId() {
        return offeringId;
    }

    public String providerOrganisationId() {
        return providerOrganisationId;
    }

    public String organisationId() {
        return organisationId;
    }

    public int rating() {
        return rating;
    }

    public @Nullable String comment() {
        return comment;
    }

    public @Nullable Integer participants() {
        return participants;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    public @Nullable Instant firstEvaluatedAt() {
        return firstEvaluatedAt;
    }

    String actedBySubject() {
        return actedBySubject;
    }
}
