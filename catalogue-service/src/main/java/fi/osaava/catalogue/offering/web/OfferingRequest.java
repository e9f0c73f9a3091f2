package fi.osaava.catalogue.offering.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.OfferingDraft;
import fi.osaava.catalogue.offering.TargetGroup;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/offerings}. Id, status and the provider are never taken from the
 * client (the provider is the token's organisation); such fields in a body are ignored.
 */
record OfferingRequest(
        @NotBlank @Size(max = 200) @Nullable String title,
        @Size(max = 10000) @Nullable String description,
        @NotNull @Nullable Category category,
        @NotEmpty @Nullable List<@NotNull TargetGroup> targetGroups,
        @NotEmpty @Size(max = 20) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions) {

    @SuppressWarnings("NullAway")
    OfferingDraft toDraft(String providerOrganisationId) {
        return new OfferingDraft(providerOrganisationId, title.strip(), description == null ? "" : description.strip(),
                category, targetGroups.stream().distinct().toList(), competenceAreas.stream().distinct().toList(),
                regions.stream().distinct().toList());
    }
}
