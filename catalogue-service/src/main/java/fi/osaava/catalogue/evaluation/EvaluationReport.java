package fi.osaava.catalogue.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a set of offerings was received and used: offerings published, pre-registrations not cancelled, committed
 * seats, the ratings' count and average (null without ratings) and the latest comments.
 */
public record EvaluationReport(long offeringsPublished, long preRegistrations, long seatsUsed, long ratings,
                               @Nullable Double averageRating, List<Comment> comments) {

    public record Comment(String offeringId, String organisationId, int rating, String comment,
                          Instant evaluatedAt) {
    }
}
