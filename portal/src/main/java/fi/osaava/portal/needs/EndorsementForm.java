package fi.osaava.portal.needs;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "We need this too": how many of our people, and a word why. */
public record EndorsementForm(@NotNull @Min(1) @Max(1_000_000) @Nullable Integer learners,
                              @Size(max = 1000) @Nullable String comment) {
}
