package fi.osaava.catalogue.contact;

import java.util.Locale;

/**
 * Who to ask about an item of the catalogue: a person's name and e-mail address. Personal data: shown
 * only to signed-in members, never logged, and erased when membership erases the person.
 */
public record ContactPerson(String name, String email) {

    public ContactPerson {
        email = email.strip().toLowerCase(Locale.ROOT);
        name = name.strip();
    }
}
