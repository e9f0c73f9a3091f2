package fi.osaava.portal.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new contact person, with membership-service's limits (its refusals come back onto the same names). */
public record ContactForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Size(max = 200) @Nullable String role,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @NotBlank @Pattern(regexp = "fi|sv|en") @Nullable String language,
        @Nullable Boolean listed,
        @Nullable Boolean receivesAlerts) {

    static final List<String> FIELDS = List.of("name", "role", "email", "language", "listed", "receivesAlerts");

    static ContactForm empty(String language) {
        return new ContactForm(null, null, null, language, false, false);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("role", role);
        body.put("email", email);
        body.put("language", language);
        body.put("listed", Boolean.TRUE.equals(listed));
        body.put("receivesAlerts", Boolean.TRUE.equals(receivesAlerts));
        return body;
    }
}
