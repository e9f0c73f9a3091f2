package fi.osaava.catalogue.feed.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.FeedUpsert;
import fi.osaava.catalogue.offering.OfferingDraft;
import fi.osaava.catalogue.offering.TargetGroup;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * This service's reading of {@value #TYPE}, after the data passed its JSON Schema; region codes are checked
 * against the reference data too (the schema only knows they are two digits).
 */
record OfferingUpsertedMessage(
        @NotBlank String externalId,
        @Nullable String sourceSystem,
        @Nullable String providerOrganisationId,
        @NotBlank String title,
        @Nullable String description,
        @NotNull Category category,
        @NotEmpty List<@NotNull TargetGroup> targetGroups,
        @NotEmpty List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotEmpty List<@NotNull @RegionCode String> regions,
        @Nullable Boolean publish) {

    static final String TYPE = "fi.osaava.provider.offering.upserted.v1";

    FeedUpsert toUpsert(String provider) {
        return new FeedUpsert(externalId, sourceSystem, new OfferingDraft(provider, title.strip(),
                description == null ? "" : description.strip(), category, targetGroups.stream().distinct().toList(),
                competenceAreas.stream().distinct().toList(), regions.stream().distinct().toList()),
                Boolean.TRUE.equals(publish));
    }
}
