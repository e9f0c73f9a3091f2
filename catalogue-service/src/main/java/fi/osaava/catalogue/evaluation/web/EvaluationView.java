package fi.osaava.catalogue.evaluation.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.evaluation.Evaluation;

record EvaluationView(String id, String offeringId, String organisationId, int rating, @Nullable String comment,
                      @Nullable Integer participants, Instant evaluatedAt) {

    static EvaluationView of(Evaluation evaluation) {
        return new EvaluationView(evaluation.id(), evaluation.offeringId(), evaluation.organisationId(),
                evaluation.rating(), evaluation.comment(), evaluation.participants(), evaluation.evaluatedAt());
    }
}
