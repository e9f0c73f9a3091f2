package fi.osaava.notification.source;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * This service's reading of {@value #PUBLISHED} and {@value #UPDATED}: the offering as it now is. Unknown fields
 * pass.
 */
public record OfferingPublishedMessage(@NotBlank String offeringId, @NotBlank String providerOrganisationId,
                                       @NotBlank String title, @NotBlank String category,
                                       @NotNull List<String> targetGroups, @NotNull List<String> competenceAreas,
                                       @NotNull List<String> regions, @Nullable Map<String, String> titles,
                                       @Nullable Map<String, String> summaries, @Nullable String description,
                                       @Nullable OfferingDelivery delivery, @Nullable Instant startsAt,
                                       @Nullable Instant endsAt, @Nullable Instant registrationDeadline,
                                       @Nullable Instant publishedAt) {

    public static final String PUBLISHED = "fi.osaava.catalogue.offering.published.v1";
    public static final String UPDATED = "fi.osaava.catalogue.offering.updated.v1";

    public record OfferingDelivery(@Nullable String mode, @Nullable String place, @Nullable String onlineUrl) {
    }
}
