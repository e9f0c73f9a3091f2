package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.osaava.kit.domain.ConflictException;

/**
 * An organisation's contact persons: at most one per e-mail address (case-insensitive), and the ids of those
 * erased from it. Unwrapped into the organisation's document: its two lists are the document's own
 * {@code contactPersons} and {@code erasedContactPersonIds} fields, as they were before they had a class of
 * their own.
 */
class ContactRoster {

    private List<ContactPerson> contactPersons = new ArrayList<>();
    /**
     * Ids (nothing personal) of the contact persons erased from this organisation: a repeated erasure
     * is told apart from an unknown id.
     */
    private List<String> erasedContactPersonIds = new ArrayList<>();

    /**
     * Adds a contact person, unless one of them has the address already.
     *
     * @throws ConflictException when one has
     */
    ContactPerson add(ContactDetails details, Instant now, String organisationId) {
        if (contactPersons.stream().anyMatch(person -> person.hasEmail(details.email()))) {
            // the address is not repeated in the answer: it may end up in a log on the way
            throw new ConflictException("Organisation " + organisationId
                    + " already has a contact person with that e-mail address");
        }
        ContactPerson person = ContactPerson.of(details, now);
        List<ContactPerson> changed = new ArrayList<>(contactPersons);
        changed.add(person);
        contactPersons = changed;
        return person;
    }

    /**
     * Erases a contact person: the whole entry goes, nothing of it is kept but its id.
     *
     * @return the erased person, or empty when there is none of that id (see {@link #wasErased})
     */
    Optional<ContactPerson> erase(String contactPersonId) {
        Optional<ContactPerson> person = find(contactPersonId);
        if (person.isEmpty()) {
            return person;
        }
        List<ContactPerson> remaining = new ArrayList<>(contactPersons);
        remaining.removeIf(candidate -> candidate.id().equals(contactPersonId));
        contactPersons = remaining;
        List<String> erased = new ArrayList<>(erasedContactPersonIds);
        erased.add(contactPersonId);
        erasedContactPersonIds = erased;
        return person;
    }

    boolean wasErased(String contactPersonId) {
        return erasedContactPersonIds.contains(contactPersonId);
    }

    Optional<ContactPerson> find(String contactPersonId) {
        return contactPersons.stream().filter(person -> person.id().equals(contactPersonId)).findFirst();
    }

    List<ContactPerson> all() {
        return List.copyOf(contactPersons);
    }
}
