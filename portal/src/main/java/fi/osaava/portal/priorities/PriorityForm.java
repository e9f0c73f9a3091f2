package fi.osaava.portal.priorities;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Setting a need's priority: HIGH, MEDIUM, LOW, or none (clears it); the reason is always required. */
public record PriorityForm(@Pattern(regexp = "HIGH|MEDIUM|LOW") @Nullable String priority,
                           @NotBlank @Size(max = 1000) @Nullable String reason) {

    static final java.util.List<String> PRIORITIES = java.util.List.of("HIGH", "MEDIUM", "LOW");
    static final java.util.Set<String> FIELDS = java.util.Set.of("priority", "reason");
}
