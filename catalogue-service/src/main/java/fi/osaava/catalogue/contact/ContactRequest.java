package fi.osaava.catalogue.contact;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact person in a request body. */
public record ContactRequest(@NotBlank @Size(max = 200) @Nullable String name,
                             @NotBlank @Email @Size(max = 254) @Nullable String email) {

    @SuppressWarnings("NullAway")
    public ContactPerson toContact() {
        return new ContactPerson(name, email);
    }
}
