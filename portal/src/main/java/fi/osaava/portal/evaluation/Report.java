package fi.osaava.portal.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a set of offerings was received, as catalogue-service reports it: offerings published, pre-registrations not
 * cancelled, seats used (committed), the ratings' count and average (none without ratings), the latest comments.
 */
public record Report(long offeringsPublished, long preRegistrations, long seatsUsed, long ratings,
                     @Nullable Double averageRating, List<Comment> comments) {

    public record Comment(String offeringId, String organisationId, int rating, String comment, Instant evaluatedAt) {
    }

    public Report {
        comments = comments == null ? List.of() : comments;
    }
}
