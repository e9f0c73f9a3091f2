package fi.osaava.needs.need.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fi.osaava.needs.need.AnswerKind;
import fi.osaava.needs.need.Priority;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small bodies of a need's transitions. */
final class NeedRequests {

    private NeedRequests() {
    }

    /** {@code POST …/withdraw}, {@code POST …/close}. */
    record Reason(@NotBlank @Size(max = 1000) @Nullable String reason) {
    }

    /** {@code PUT …/priority}: {@code priority} null clears it; the reason is always required. */
    record PriorityChange(@Nullable Priority priority, @NotBlank @Size(max = 1000) @Nullable String reason) {
    }

    /** {@code PUT …/endorsements/mine}. */
    record EndorsementRequest(@NotNull @Min(1) @Max(1_000_000) @Nullable Integer learners,
                              @Size(max = 1000) @Nullable String comment) {
    }

    /** {@code POST …/answers}: an offering of the caller's own, or a plan. */
    record AnswerRequest(@NotNull @Nullable AnswerKind kind, @Size(max = 100) @Nullable String offeringId,
                         @NotBlank @Size(max = 2000) @Nullable String message, @Nullable LocalDate expectedStart) {
    }
}
