package fi.osaava.catalogue.preregistration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What pre-registration needs to know of an offering, from the facts the offering feature gives out.
 *
 * @param status      DRAFT, PUBLISHED, WITHDRAWN or ARCHIVED
 * @param pricingKind FREE, PAID or FUNDED (null when the offering has no pricing yet)
 * @param capacity    seats in all; null = unlimited
 */
public record OfferingTerms(String offeringId, String providerOrganisationId, String status, @Nullable String title,
                            @Nullable String pricingKind, @Nullable Integer capacity,
                            @Nullable Instant registrationDeadline, @Nullable Instant startsAt) {

    static final String PUBLISHED = "PUBLISHED";
    static final String DRAFT = "DRAFT";
    static final String FUNDED = "FUNDED";

    /** The last moment for every step: the registration deadline, or the start when a deadline is missing. */
    public @Nullable Instant deadline() {
        return registrationDeadline != null ? registrationDeadline : startsAt;
    }

    public boolean deadlinePassed(Instant now) {
        Instant deadline = deadline();
        return deadline != null && !now.isBefore(deadline);
    }

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    public boolean providedBy(String organisationId) {
        return providerOrganisationId.equals(organisationId);
    }
}
