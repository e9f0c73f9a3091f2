package fi.osaava.needs.need;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * An education provider's answer to a need: an offering of its own ({@code offeringId}), or a plan
 * ("we will build a course for spring") with the expected start.
 */
public record Answer(String answerId, String organisationId, AnswerKind kind, @Nullable String offeringId,
                     String message, @Nullable LocalDate expectedStart, Instant answeredAt, ActedBy actedBy) {

    /** The same answer given again: same organisation and kind, and for an offering the same offering. */
    boolean sameAs(Answer other) {
        return organisationId.equals(other.organisationId) && kind == other.kind
                && java.util.Objects.equals(offeringId, other.offeringId);
    }

    /** Whether it has the same message and expected start as the other: given again, it changes nothing. */
    boolean saysTheSameAs(Answer other) {
        return message.equals(other.message) && java.util.Objects.equals(expectedStart, other.expectedStart);
    }

    /** This answer given again in place of the earlier one: with its id and the time it was first given. */
    Answer replacing(Answer earlier) {
        return new Answer(earlier.answerId, organisationId, kind, offeringId, message, expectedStart,
                earlier.answeredAt, actedBy);
    }
}
