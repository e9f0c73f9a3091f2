package fi.osaava.notification.source;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * This service's reading of {@value #TYPE}: published offerings newly cover (some of) a need's areas, an offering
 * that was not covering it, or one that covers more of it than before. Raised before {@code covered} when the same
 * change completes it. Unknown fields pass.
 */
public record NeedCoverageGainedMessage(@NotBlank String needId, @NotBlank String reportingOrganisationId,
                                        @Nullable List<String> endorsingOrganisationIds, @NotBlank String title,
                                        @NotBlank String region, @NotEmpty List<String> competenceAreas,
                                        @NotEmpty List<@Valid CoveringOffering> gainedOfferings,
                                        @Nullable List<String> uncoveredAreas, @Nullable Instant gainedAt) {

    public static final String TYPE = "fi.osaava.needs.competence-need.coverage-gained.v1";

    public record CoveringOffering(@NotBlank String offeringId, @Nullable String providerOrganisationId,
                                   @Nullable String title, @Nullable List<String> coveredAreas) {
    }
}
