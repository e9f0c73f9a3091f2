package fi.osaava.catalogue.evaluation;

import fi.osaava.kit.event.EventType;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: an organisation rated an offering (again: the new rating replaces its earlier one). The
 * comment's text stays out of the event: it is free text and may name people; {@code hasComment} says there is one.
 */
@EventType(OfferingEvaluated.TYPE)
public record OfferingEvaluated(String offeringId, String providerOrganisationId, String evaluationId,
                                String organisationId, int rating, boolean hasComment, @Nullable Integer participants,
                                boolean replacesEarlier, Instant evaluatedAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.catalogue.offering.evaluated.v1";
}
