package fi.osaava.needs.need.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.needs.need.DesiredTiming;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.TargetGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/needs} and {@code PUT /api/needs/{id}}. Id, status, priority and the
 * reporting organisation are never taken from the client (the organisation comes from the token);
 * such fields in a body are ignored.
 */
record NeedRequest(
        @NotNull @RegionCode @Nullable String region,
        @NotEmpty @Size(max = 20) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotNull @Nullable TargetGroup targetGroup,
        @NotBlank @Size(max = 200) @Nullable String title,
        @Size(max = 5000) @Nullable String description,
        @NotNull @Min(1) @Max(1_000_000) @Nullable Integer estimatedLearners,
        @NotNull @Nullable Horizon horizon,
        @Nullable LocalDate earliestStart,
        @Nullable LocalDate latestStart) {

    /** Called only after validation, so the required fields are present. */
    @SuppressWarnings("NullAway")
    NeedDraft toDraft(String reportingOrganisationId) {
        if (earliestStart != null && latestStart != null && latestStart.isBefore(earliestStart)) {
            throw new InvalidFieldException("latestStart", "must not be before earliestStart");
        }
        return new NeedDraft(reportingOrganisationId, region, competenceAreas.stream().distinct().toList(),
                targetGroup, title.strip(), description == null ? "" : description.strip(), estimatedLearners, horizon,
                new DesiredTiming(earliestStart, latestStart));
    }
}
