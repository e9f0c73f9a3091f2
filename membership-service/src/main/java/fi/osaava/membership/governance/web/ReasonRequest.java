package fi.osaava.membership.governance.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a proposal is declined or a meeting cancelled. */
record ReasonRequest(@NotBlank @Size(max = 1000) @Nullable String reason) {

    @SuppressWarnings("NullAway")
    String cleanReason() {
        return reason.strip();
    }
}
