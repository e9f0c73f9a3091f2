package fi.osaava.needs.coverage;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * This service's reading of {@value #PUBLISHED} and {@value #UPDATED}: only what coverage needs.
 * Unknown fields are ignored.
 */
public record OfferingPublishedMessage(
        @NotBlank String offeringId,
        @NotBlank String providerOrganisationId,
        @NotBlank String title,
        @NotEmpty List<@NotBlank String> targetGroups,
        @NotEmpty List<@NotBlank String> competenceAreas,
        @NotNull List<@NotBlank String> regions,
        @Nullable Delivery delivery,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt) {

    public static final String PUBLISHED = "fi.osaava.catalogue.offering.published.v1";
    public static final String UPDATED = "fi.osaava.catalogue.offering.updated.v1";

    public record Delivery(@Nullable String mode) {
    }
}
