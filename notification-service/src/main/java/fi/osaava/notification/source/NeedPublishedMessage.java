package fi.osaava.notification.source;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** This service's reading of {@value #TYPE}: the fields matching and the alert text need. */
public record NeedPublishedMessage(
        @NotBlank String needId,
        @NotBlank String reportingOrganisationId,
        @NotNull @RegionCode String region,
        @NotEmpty List<@NotBlank String> competenceAreas,
        @NotBlank String targetGroup,
        @NotBlank String title,
        @Nullable String description,
        @Nullable Integer estimatedLearners,
        @Nullable String horizon) {

    public static final String TYPE = "fi.osaava.needs.competence-need.published.v1";
}
