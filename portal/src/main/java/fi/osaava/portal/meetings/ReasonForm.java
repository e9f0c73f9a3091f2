package fi.osaava.portal.meetings;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a proposal is declined or a meeting cancelled: membership-service requires the reason. */
public record ReasonForm(@NotBlank @Size(max = 1000) @Nullable String reason) {

    static ReasonForm empty() {
        return new ReasonForm(null);
    }

    @SuppressWarnings("NullAway")
    Map<String, Object> toRequest() {
        return Map.of("reason", reason);
    }
}
