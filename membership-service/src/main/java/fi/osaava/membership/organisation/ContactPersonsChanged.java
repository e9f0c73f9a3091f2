package fi.osaava.membership.organisation;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: the organisation's whole current list of contact persons, as far as other
 * services need it (where and in which language to write, and whether to send alerts). Names, titles
 * and directory consent stay in membership. {@code revision} is the organisation's, so a consumer
 * keeps only the newest snapshot.
 */
@EventType(ContactPersonsChanged.TYPE)
public record ContactPersonsChanged(String organisationId, List<Contact> contactPersons, long revision,
                                    Instant changedAt, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.membership.organisation.contacts-changed.v1";

    public record Contact(String contactPersonId, String email, String language, boolean receivesAlerts) {

        static Contact of(ContactPerson person) {
            return new Contact(person.id(), person.email(), person.language(), person.receivesAlerts());
        }
    }
}
