package fi.osaava.membership.organisation.web;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.ContactPerson;

/** A contact person who consented to be listed, as other members see them in the member directory. */
record ListedContactPersonView(String id, String name, @Nullable String role, String email, String language) {

    static ListedContactPersonView of(ContactPerson p) {
        return new ListedContactPersonView(p.id(), p.name(), p.role(), p.email(), p.language());
    }
}
