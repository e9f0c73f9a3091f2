package fi.osaava.catalogue.evaluation.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating 1–5, an optional comment and how many of the organisation's people took part. */
record EvaluationRequest(@NotNull @Min(1) @Max(5) @Nullable Integer rating,
                         @Size(max = 2000) @Nullable String comment,
                         @Min(0) @Max(100_000) @Nullable Integer participants) {
}
