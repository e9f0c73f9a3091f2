package fi.osaava.portal.needs;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "report a need" form. The same limits as needs-service's API, checked here first so errors are shown in the
 * person's language; the service's own refusals are mapped back onto these fields (same names).
 */
public record NeedForm(
        @NotBlank @Size(max = 200) @Nullable String title,
        @Size(max = 5000) @Nullable String description,
        @NotEmpty @Size(max = 20) @Nullable List<String> competenceAreas,
        @NotNull @Pattern(regexp = "[0-9]{2}") @Nullable String region,
        @NotNull @Pattern(regexp = "STAFF|SUPERVISORS") @Nullable String targetGroup,
        @NotNull @Min(1) @Max(1_000_000) @Nullable Integer estimatedLearners,
        @NotNull @Pattern(regexp = "NOW|WITHIN_A_YEAR|ONE_TO_THREE_YEARS|THREE_TO_FIVE_YEARS") @Nullable String horizon,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate earliestStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate latestStart) {

    static final List<String> FIELDS = List.of("title", "description", "competenceAreas", "region", "targetGroup",
            "estimatedLearners", "horizon", "earliestStart", "latestStart");

    static NeedForm empty() {
        return new NeedForm(null, null, List.of(), null, "STAFF", null, "WITHIN_A_YEAR", null, null);
    }

    public List<String> areas() {
        return competenceAreas == null ? List.of() : competenceAreas;
    }

    /** Enough to look for similar needs: at least one area, a region and a target group. */
    boolean canLookForSimilar() {
        return !areas().isEmpty() && region != null && region.matches("[0-9]{2}") && targetGroup != null;
    }
}
