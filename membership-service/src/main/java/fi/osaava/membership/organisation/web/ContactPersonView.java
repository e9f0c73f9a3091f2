package fi.osaava.membership.organisation.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.ContactPerson;

/** A contact person as the organisation itself and the coordinator see them. */
record ContactPersonView(String id, String name, @Nullable String role, String email, String language,
                         boolean listed, boolean receivesAlerts, Instant addedAt) {

    static ContactPersonView of(ContactPerson p) {
        return new ContactPersonView(p.id(), p.name(), p.role(), p.email(), p.language(), p.listed(),
                p.receivesAlerts(), p.addedAt());
    }
}
