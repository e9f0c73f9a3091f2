package fi.osaava.portal.needs;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Ending the organisation's own need: withdrawn (it was a mistake, or no longer needed) or closed (it was met). */
public record EndForm(@NotBlank @Pattern(regexp = "withdraw|close") @Nullable String how,
                      @NotBlank @Size(max = 1000) @Nullable String reason) {
}
