package fi.osaava.catalogue.feed;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;

/** This service's reading of {@value #TYPE}. */
public record OfferingWithdrawnMessage(@NotBlank String externalId, @Nullable String providerOrganisationId,
                                @NotBlank String reason) {

    public static final String TYPE = "fi.osaava.provider.offering.withdrawn.v1";
}
