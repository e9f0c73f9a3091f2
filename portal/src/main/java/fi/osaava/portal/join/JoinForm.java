package fi.osaava.portal.join;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a passive member gives: an address, what interests them, and the ecosystem they join. */
public record JoinForm(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,80}") @Nullable String ecosystem,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @Size(max = 200) @Nullable String organisationName,
        @NotEmpty @Size(max = 25) @Nullable List<String> regions,
        @NotEmpty @Size(max = 50) @Nullable List<String> competenceAreas,
        @Nullable List<String> targetGroups) {

    static JoinForm empty(@Nullable String ecosystem) {
        return new JoinForm(ecosystem, null, null, List.of(), List.of(), List.of());
    }
}
