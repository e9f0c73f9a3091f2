package fi.osaava.membership.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.identity.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/organisations/{id}/users}. */
record UserRequest(
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @NotEmpty @Size(max = 2) @Nullable List<@NotNull Role> roles) {

    /** People are members or the coordinator's staff; {@code SYSTEM} is for machine clients. */
    @AssertTrue(message = "a person's roles are MEMBER or COORDINATOR")
    boolean isPersonRoles() {
        return roles == null || !roles.contains(Role.SYSTEM);
    }
}
