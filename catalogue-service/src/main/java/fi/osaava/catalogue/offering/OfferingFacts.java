package fi.osaava.catalogue.offering;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The few facts of an offering that pre-registration and evaluation decide by, as the offering feature gives
 * them out: they never read its documents themselves.
 *
 * @param status      DRAFT, PUBLISHED, WITHDRAWN or ARCHIVED
 * @param pricingKind FREE, PAID or FUNDED (null when the offering has no pricing yet)
 * @param capacity    seats in all; null = unlimited
 */
public record OfferingFacts(String offeringId, String providerOrganisationId, String status, @Nullable String title,
                            @Nullable String category, @Nullable String pricingKind, @Nullable Integer capacity,
                            @Nullable Instant registrationDeadline, @Nullable Instant startsAt,
                            @Nullable Instant endsAt) {
}
