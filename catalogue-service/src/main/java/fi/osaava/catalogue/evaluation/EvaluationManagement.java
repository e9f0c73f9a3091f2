package fi.osaava.catalogue.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fi.osaava.catalogue.preregistration.SeatCounts;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;

/**
 * Participating organisations rate an offering once it has ended. Who participated: on a FUNDED offering, the
 * organisations that pre-registered and did not cancel (the ledger is the only record of who took part); on
 * any other offering there is no registration here, so any organisation may evaluate it. Never the provider.
 */
@Service
public class EvaluationManagement {

    private final OfferingRecords offerings;
    private final SeatCounts seats;
    private final Evaluations evaluations;
    private final EvaluationAccess access;
    private final Clock clock;

    EvaluationManagement(OfferingRecords offerings, SeatCounts seats, Evaluations evaluations,
                         EvaluationAccess access, Clock clock) {
        this.offerings = offerings;
        this.seats = seats;
        this.evaluations = evaluations;
        this.access = access;
        this.clock = clock;
    }

    /** Rates the offering for the caller's organisation; again → the new rating replaces the earlier one. */
    public Evaluation evaluate(String offeringId, int rating, @Nullable String comment, @Nullable Integer participants,
                               Actor actor) {
        requireRating(rating, comment);
        String organisationId = actor.organisationId();
        EvaluatedOffering offering = offerings.offering(offeringId).filter(o -> !o.isDraft())
                .orElseThrow(() -> new NotFoundException("Offering", offeringId));
        access.requireNotProvider(offering, organisationId);
        Instant now = clock.instant();
        if (!offering.hasEnded(now)) {
            throw new ConflictException("Offering " + offeringId + " is " + offering.status()
                    + (offering.endsAt() == null ? "" : " and ends " + offering.endsAt())
                    + "; it can be evaluated once it has ended");
        }
        access.requireParticipant(offering, () -> seats.holds(offeringId, organisationId));
        Evaluation evaluation = evaluations.find(offeringId, organisationId)
                .orElseGet(() -> Evaluation.of(offering, organisationId));
        evaluation.rate(rating, comment, participants, now, actor.actedBy());
        evaluations.save(evaluation);
        return evaluation;
    }

    /** Every evaluation of the offering, latest first: for its provider and the coordinator only. */
    public List<Evaluation> list(String offeringId, Actor actor) {
        EvaluatedOffering offering = offerings.offering(offeringId)
                .filter(o -> access.maySee(o, actor))
                .orElseThrow(() -> new NotFoundException("Offering", offeringId));
        access.requireSeesEvaluations(offering, actor);
        return evaluations.ofOffering(offeringId);
    }

    /** The web layer validates too; this keeps the rule with the use case for any other caller. */
    private static void requireRating(int rating, @Nullable String comment) {
        if (rating < 1 || rating > 5) {
            throw new InvalidFieldException("rating", "must be between 1 and 5");
        }
        if (comment != null && comment.length() > Evaluation.MAX_COMMENT) {
            throw new InvalidFieldException("comment", "must be at most " + Evaluation.MAX_COMMENT + " characters");
        }
    }
}
