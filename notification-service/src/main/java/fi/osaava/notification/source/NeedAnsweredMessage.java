package fi.osaava.notification.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** This service's reading of {@value #TYPE}: an organisation answered a need. Unknown fields pass. */
public record NeedAnsweredMessage(@NotBlank String needId, @NotBlank String reportingOrganisationId,
                                  @Nullable List<String> endorsingOrganisationIds, @NotBlank String title,
                                  @NotEmpty List<String> competenceAreas, @NotBlank String region,
                                  @NotBlank String answeringOrganisationId, @NotBlank String kind,
                                  @Nullable String offeringId, @Nullable String message,
                                  @Nullable LocalDate expectedStart, @Nullable Instant answeredAt) {

    public static final String TYPE = "fi.osaava.needs.competence-need.answered.v1";
}
