package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.web.ConflictException;

/** A member organisation of the ecosystem. Its events travel in its own document. */
@Document("organisations")
public class Organisation extends OutboxAggregate {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String name;
    @Indexed(unique = true)
    private String businessId;
    private OrganisationType type;
    private Ring ring;
    private MembershipStatus status;
    private List<String> regions;
    private List<String> competenceAreasOffered;
    private List<String> competenceAreasOfInterest;
    private List<TargetGroup> targetGroups;
    private String contactEmail;
    private boolean demo;
    private Instant registeredAt;
    /** Grows with every change that is published, so consumers can ignore stale events. */
    private long revision;
    /** In this document, so a change to them and its events are one atomic write. */
    private List<ContactPerson> contactPersons = new ArrayList<>();
    /**
     * Ids (nothing personal) of the contact persons erased from this organisation: a repeated erasure
     * is told apart from an unknown id.
     */
    private List<String> erasedContactPersonIds = new ArrayList<>();

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Organisation() {
    }

    private Organisation(OrganisationProfile profile, Instant now, ActedBy actedBy) {
        this.id = UUID.randomUUID().toString();
        this.name = profile.name();
        this.businessId = profile.businessId();
        this.type = profile.type();
        this.ring = profile.ring();
        this.regions = List.copyOf(profile.regions());
        this.competenceAreasOffered = List.copyOf(profile.competenceAreasOffered());
        this.competenceAreasOfInterest = List.copyOf(profile.competenceAreasOfInterest());
        this.targetGroups = List.copyOf(profile.targetGroups());
        this.contactEmail = profile.contactEmail();
        this.demo = profile.demo();
        this.registeredAt = now;
        // registered by the coordinator through the admin API; applications and approval come with issue 6
        this.status = MembershipStatus.ACTIVE;
        this.revision = 1;
        raise(OrganisationRegistered.TYPE, new OrganisationRegistered(id, name, businessId, type, ring, status,
                regions, competenceAreasOffered, competenceAreasOfInterest, targetGroups, contactEmail, demo,
                registeredAt, revision, actedBy), now);
    }

    public static Organisation register(OrganisationProfile profile, Instant now, ActedBy actedBy) {
        return new Organisation(profile, now, actedBy);
    }

    /**
     * Adds a contact person; at most one per e-mail address (case-insensitive) in an organisation.
     * Publishes the new list of contact persons.
     */
    public ContactPerson addContactPerson(ContactDetails details, Instant now, ActedBy actedBy) {
        if (contactPersons.stream().anyMatch(person -> person.hasEmail(details.email()))) {
            // the address is not repeated in the answer: it may end up in a log on the way
            throw new ConflictException("Organisation " + id + " already has a contact person with that e-mail address");
        }
        ContactPerson person = ContactPerson.of(details, now);
        List<ContactPerson> changed = new ArrayList<>(contactPersons);
        changed.add(person);
        contactPersons = changed;
        revision++;
        raiseContactPersonsChanged(now, actedBy);
        return person;
    }

    /**
     * Erases a contact person: the whole entry goes, nothing of it is kept but its id. Publishes the new
     * list and an erasure event that names the address only by its hash, so other services erase it too.
     */
    public ContactErasure eraseContactPerson(String contactPersonId, Instant now, ActedBy actedBy) {
        Optional<ContactPerson> person = contactPerson(contactPersonId);
        if (person.isEmpty()) {
            return erasedContactPersonIds.contains(contactPersonId) ? ContactErasure.ALREADY_ERASED
                    : ContactErasure.UNKNOWN;
        }
        List<ContactPerson> remaining = new ArrayList<>(contactPersons);
        remaining.removeIf(candidate -> candidate.id().equals(contactPersonId));
        contactPersons = remaining;
        List<String> erased = new ArrayList<>(erasedContactPersonIds);
        erased.add(contactPersonId);
        erasedContactPersonIds = erased;
        // one change, one revision: both events carry it
        revision++;
        raiseContactPersonsChanged(now, actedBy);
        raise(ContactPersonErased.TYPE, new ContactPersonErased(id, contactPersonId,
                EmailHash.of(person.get().email()), revision, now, actedBy), now);
        return ContactErasure.ERASED;
    }

    private void raiseContactPersonsChanged(Instant now, ActedBy actedBy) {
        raise(ContactPersonsChanged.TYPE, new ContactPersonsChanged(id,
                contactPersons.stream().map(ContactPersonsChanged.Contact::of).toList(), revision, now, actedBy), now);
    }

    public Optional<ContactPerson> contactPerson(String contactPersonId) {
        return contactPersons.stream().filter(person -> person.id().equals(contactPersonId)).findFirst();
    }

    public List<ContactPerson> contactPersons() {
        return List.copyOf(contactPersons);
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String businessId() {
        return businessId;
    }

    public OrganisationType type() {
        return type;
    }

    public Ring ring() {
        return ring;
    }

    public MembershipStatus status() {
        return status;
    }

    public List<String> regions() {
        return regions;
    }

    public List<String> competenceAreasOffered() {
        return competenceAreasOffered;
    }

    public List<String> competenceAreasOfInterest() {
        return competenceAreasOfInterest;
    }

    public List<TargetGroup> targetGroups() {
        return targetGroups;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public boolean demo() {
        return demo;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long revision() {
        return revision;
    }
}
