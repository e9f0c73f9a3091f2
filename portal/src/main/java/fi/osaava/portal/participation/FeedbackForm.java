package fi.osaava.portal.participation;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Feedback on an ended offering: 1–5, a comment, how many took part. */
public record FeedbackForm(@NotNull @Min(1) @Max(5) @Nullable Integer rating,
                           @Size(max = 2000) @Nullable String comment,
                           @Min(0) @Max(100000) @Nullable Integer participants) {
}
