package fi.osaava.membership.organisation.web;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/organisations/{id}/contacts}; the id is always generated here. */
record ContactPersonRequest(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 200) @Nullable String role,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Nullable String language,
        @Nullable Boolean listed,
        @Nullable Boolean receivesAlerts) {

    @SuppressWarnings("NullAway")
    ContactDetails toDetails() {
        String title = role == null || role.isBlank() ? null : role.strip();
        return new ContactDetails(name.strip(), title, email.strip(), language, Boolean.TRUE.equals(listed),
                Boolean.TRUE.equals(receivesAlerts));
    }
}
