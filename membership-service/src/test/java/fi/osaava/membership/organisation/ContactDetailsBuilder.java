package fi.osaava.membership.organisation;

import org.jspecify.annotations.Nullable;

/** Test data: a contact person as the organisation tells about them; Finnish, unlisted, no alerts unless told. */
final class ContactDetailsBuilder {

    private final String name;
    private final String email;
    private @Nullable String role;
    private String language = "fi";
    private boolean listed;
    private boolean receivesAlerts;

    private ContactDetailsBuilder(String name, String email) {
        this.name = name;
        this.email = email;
    }

    static ContactDetailsBuilder aContactPerson(String name, String email) {
        return new ContactDetailsBuilder(name, email);
    }

    ContactDetailsBuilder withRole(String role) {
        this.role = role;
        return this;
    }

    ContactDetailsBuilder writtenTo(String language) {
        this.language = language;
        return this;
    }

    ContactDetailsBuilder listed() {
        this.listed = true;
        return this;
    }

    ContactDetailsBuilder receivingAlerts(boolean receivesAlerts) {
        this.receivesAlerts = receivesAlerts;
        return this;
    }

    ContactDetails build() {
        return new ContactDetails(name, role, email, language, listed, receivesAlerts);
    }
}
