package fi.osaava.catalogue.contact;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fi.osaava.kit.event.EmailHash;

/**
 * Who to ask about an item of the catalogue: a person's name and e-mail address. Personal data: shown
 * only to signed-in callers, never logged, and erased when membership erases the person. The hash of
 * the address (indexed by the documents that hold one) is how an erasure finds it.
 */
public record ContactPerson(String name, String email, @JsonIgnore @Nullable String emailSha256) {

    public ContactPerson {
        email = email.strip().toLowerCase(Locale.ROOT);
        name = name.strip();
        emailSha256 = EmailHash.of(email);
    }

    public ContactPerson(String name, String email) {
        this(name, email, null);
    }
}
