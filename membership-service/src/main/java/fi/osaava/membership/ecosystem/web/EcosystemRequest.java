package fi.osaava.membership.ecosystem.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.reference.RegionCode;
import fi.osaava.membership.ecosystem.EcosystemProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/ecosystems} (with {@code id}) and {@code PUT /api/ecosystems/{id}} (id ignored). */
record EcosystemRequest(
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a lower-case slug such as pohjois-savo")
        @Size(max = 60) @Nullable String id,
        @NotBlank @Size(max = 120) @Nullable String name,
        @Size(max = 2000) @Nullable String description,
        @NotEmpty @Size(max = 25) @Nullable List<@RegionCode String> regions,
        @NotBlank @Size(max = 100) @Nullable String coordinatorOrganisationId) {

    /** Called after validation. */
    @SuppressWarnings("NullAway")
    EcosystemProfile toProfile() {
        return new EcosystemProfile(name.strip(), description == null ? "" : description.strip(),
                regions.stream().distinct().toList(), coordinatorOrganisationId.strip());
    }
}
