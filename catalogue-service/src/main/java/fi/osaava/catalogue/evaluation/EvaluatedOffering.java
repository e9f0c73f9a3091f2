package fi.osaava.catalogue.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What evaluation needs to know of an offering, from the facts the offering feature gives out.
 */
record EvaluatedOffering(String id, String providerOrganisationId, String status, @Nullable String category,
                         @Nullable String pricingKind, @Nullable Instant startsAt, @Nullable Instant endsAt) {

    static final String ARCHIVED = "ARCHIVED";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String DRAFT = "DRAFT";
    static final String FUNDED = "FUNDED";

    /** Ended: archived, or its end has passed. A withdrawn offering did not take place as offered. */
    boolean hasEnded(Instant now) {
        if (WITHDRAWN.equals(status) || DRAFT.equals(status)) {
            return false;
        }
        return ARCHIVED.equals(status) || (endsAt != null && !now.isBefore(endsAt));
    }

    boolean isFunded() {
        return FUNDED.equals(pricingKind);
    }

    boolean isDraft() {
        return DRAFT.equals(status);
    }

    boolean providedBy(String organisationId) {
        return providerOrganisationId.equals(organisationId);
    }
}
