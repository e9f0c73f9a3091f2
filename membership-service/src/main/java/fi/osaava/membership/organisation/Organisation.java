package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;

/**
 * A member organisation: its profile, contact persons and its participation in each ecosystem (ring,
 * roles, status there). {@link #status()} and {@link #ring()} are what they always were for other
 * services, now derived from the participations. Its events travel in its own document.
 */
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
    private @Nullable String website;
    private Instant registeredAt;
    /** Grows with every change that is published, so consumers can ignore stale events. */
    private long revision;
    /** In this document, so a change to them and its events are one atomic write. */
    @Unwrapped.Empty
    private ContactRoster contacts = new ContactRoster();
    /** Its part in each ecosystem; in this document, so a transition and its event are one atomic write. */
    private List<Participation> participations = new ArrayList<>();

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Organisation() {
    }

    private Organisation(String id, OrganisationProfile profile, MembershipStatus status, Instant now,
                         ActedBy actedBy) {
        this.id = id;
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
        this.website = profile.website();
        this.registeredAt = now;
        this.status = status;
        this.revision = 1;
        raise(new OrganisationRegistered(id, name, businessId, type, ring, status,
                regions, competenceAreasOffered, competenceAreasOfInterest, targetGroups, contactEmail, demo,
                registeredAt, revision, actedBy, website, type.kind()), now);
    }

    /**
     * Registered by the platform coordinator as an active member of the platform, without an ecosystem (as
     * before ecosystems existed): it stays ACTIVE until a participation of its own decides otherwise.
     */
    public static Organisation register(OrganisationProfile profile, Instant now, ActedBy actedBy) {
        return new Organisation(UUID.randomUUID().toString(), profile, MembershipStatus.ACTIVE, now, actedBy);
    }

    /** Registered by the platform coordinator straight into an ecosystem: active there at once, in the profile's ring. */
    public static Organisation register(OrganisationProfile profile, String ecosystemId, Instant now, ActedBy actedBy) {
        Organisation organisation = new Organisation(UUID.randomUUID().toString(), profile, MembershipStatus.ACTIVE, now, actedBy);
        organisation.participations.add(Participation.active(ecosystemId, profile.ring(), Set.of(), now));
        organisation.changed(organisation.participation(ecosystemId), ParticipationChanged.Change.JOINED, null, now,
                actedBy);
        return organisation;
    }

    /**
     * An organisation that is not yet a member applies to an ecosystem, without an account: it exists from
     * now on as APPLIED, with the applicant's contact person, until the ecosystem's coordinator decides.
     */
    public static Organisation apply(OrganisationProfile profile, Application application, ContactDetails contact,
                                     Instant now) {
        String id = UUID.randomUUID().toString();
        ActedBy applicant = Application.applicant(id);
        Organisation organisation = new Organisation(id, profile, MembershipStatus.APPLIED, now, applicant);
        organisation.addContactPerson(contact, now, applicant);
        organisation.participations.add(Participation.applied(application.ecosystemId(), application.requestedRing(),
                application.motivation(), now));
        organisation.changed(organisation.participation(application.ecosystemId()), ParticipationChanged.Change.APPLIED,
                null, now, applicant);
        return organisation;
    }

    /**
     * A registered organisation applies to another ecosystem (matched by its business id). Its profile and
     * contact persons stay as they are: an anonymous application must not change a member's record.
     *
     * @return false when it already applied to, takes part in or is suspended from the ecosystem (nothing changes)
     */
    public boolean applyTo(Application application, Instant now) {
        Optional<Participation> existing = findParticipation(application.ecosystemId());
        if (existing.isPresent() && !existing.get().mayApplyAgain()) {
            return false;
        }
        ParticipationStatus previous = existing.map(Participation::status).orElse(null);
        Participation participation = existing.orElseGet(() -> {
            Participation applied = Participation.applied(application.ecosystemId(), application.requestedRing(),
                    application.motivation(), now);
            participations.add(applied);
            return applied;
        });
        if (previous != null) {
            participation.reapply(application.requestedRing(), application.motivation(), now);
        }
        changed(participation, ParticipationChanged.Change.APPLIED, previous, now, Application.applicant(id));
        return true;
    }

    /** The ecosystem's coordinator admits an applicant, in a ring and with roles (never COORDINATOR). */
    public void approve(String ecosystemId, Ring ring, Set<ParticipationRole> roles, Instant now, ActedBy actedBy) {
        if (roles.contains(ParticipationRole.COORDINATOR)) {
            throw new InvalidFieldException("roles", "COORDINATOR follows the ecosystem's coordinator organisation");
        }
        transition(ecosystemId, ParticipationChanged.Change.APPROVED, p -> p.approve(ring, roles, now), now, actedBy);
    }

    public void reject(String ecosystemId, String reason, Instant now, ActedBy actedBy) {
        transition(ecosystemId, ParticipationChanged.Change.REJECTED, p -> p.reject(reason, now), now, actedBy);
    }

    public void suspend(String ecosystemId, String reason, Instant now, ActedBy actedBy) {
        transition(ecosystemId, ParticipationChanged.Change.SUSPENDED, p -> p.suspend(reason, now), now, actedBy);
    }

    public void reinstate(String ecosystemId, Instant now, ActedBy actedBy) {
        transition(ecosystemId, ParticipationChanged.Change.REINSTATED, p -> p.reinstate(now), now, actedBy);
    }

    public void leave(String ecosystemId, Instant now, ActedBy actedBy) {
        transition(ecosystemId, ParticipationChanged.Change.LEFT, p -> p.leave(now), now, actedBy);
    }

    /**
     * Becomes the ecosystem's coordinator organisation: active in its core with the coordinator role.
     *
     * @return whether anything changed
     */
    public boolean takeCoordination(String ecosystemId, Instant now, ActedBy actedBy) {
        Optional<Participation> existing = findParticipation(ecosystemId);
        if (existing.isEmpty()) {
            participations.add(Participation.active(ecosystemId, Ring.CORE, Set.of(ParticipationRole.COORDINATOR), now));
            changed(participation(ecosystemId), ParticipationChanged.Change.JOINED, null, now, actedBy);
            return true;
        }
        ParticipationStatus previous = existing.get().status();
        if (!existing.get().takeCoordination(now)) {
            return false;
        }
        changed(existing.get(), previous == ParticipationStatus.ACTIVE ? ParticipationChanged.Change.ROLES_CHANGED
                : ParticipationChanged.Change.JOINED, previous, now, actedBy);
        return true;
    }

    /** @return whether it had the coordinator role there */
    public boolean handOverCoordination(String ecosystemId, Instant now, ActedBy actedBy) {
        Optional<Participation> existing = findParticipation(ecosystemId);
        if (existing.isEmpty() || !existing.get().handOverCoordination(now)) {
            return false;
        }
        changed(existing.get(), ParticipationChanged.Change.ROLES_CHANGED, existing.get().status(), now, actedBy);
        return true;
    }

    private void transition(String ecosystemId, ParticipationChanged.Change change, Consumer<Participation> step,
                            Instant now, ActedBy actedBy) {
        Participation participation = participation(ecosystemId);
        ParticipationStatus previous = participation.status();
        step.accept(participation);
        changed(participation, change, previous, now, actedBy);
    }

    private void changed(Participation participation, ParticipationChanged.Change change,
                         @Nullable ParticipationStatus previous, Instant now, ActedBy actedBy) {
        OverallMembership overall = new OverallMembership(status, ring).after(participations);
        status = overall.status();
        ring = overall.ring();
        revision++;
        raise(new ParticipationChanged(id, participation.ecosystemId(), change,
                participation.status(), previous, participation.ring(), participation.roles(),
                participation.reason(), status, revision, now, actedBy), now);
    }

    public Optional<Participation> findParticipation(String ecosystemId) {
        return participations.stream().filter(p -> p.ecosystemId().equals(ecosystemId)).findFirst();
    }

    Participation participation(String ecosystemId) {
        return findParticipation(ecosystemId)
                .orElseThrow(() -> new NotFoundException("Participation of organisation " + id + " in ecosystem",
                        ecosystemId));
    }

    public List<Participation> participations() {
        return List.copyOf(participations);
    }

    public boolean isActiveIn(String ecosystemId) {
        return findParticipation(ecosystemId).map(Participation::isActive).orElse(false);
    }

    /**
     * Changes what the organisation keeps of itself (regions, areas, target groups, contact address, website) and
     * publishes the whole editable profile. {@code readRevision} is the revision the editor read: a change made on
     * an older one would silently undo someone else's, so it is a conflict; unless the profile already is what was
     * asked (a repeated request, or the same change by two people), which changes nothing.
     *
     * @return whether anything changed
     */
    public boolean changeProfile(ProfileChange change, long readRevision, Instant now, ActedBy actedBy) {
        if (change.equals(editableProfile())) {
            return false;
        }
        if (readRevision != revision) {
            throw new ConflictException("Organisation " + id + " was changed meanwhile: it is at revision " + revision
                    + ", the change was made on revision " + readRevision + "; read it again");
        }
        regions = change.regions();
        competenceAreasOffered = change.competenceAreasOffered();
        competenceAreasOfInterest = change.competenceAreasOfInterest();
        targetGroups = change.targetGroups();
        contactEmail = change.contactEmail();
        website = change.website();
        revision++;
        raise(new OrganisationProfileChanged(id, regions, competenceAreasOffered,
                competenceAreasOfInterest, targetGroups, contactEmail, website, revision, now, actedBy), now);
        return true;
    }

    /** The part of the profile the organisation may change itself. */
    public ProfileChange editableProfile() {
        return new ProfileChange(regions, competenceAreasOffered, competenceAreasOfInterest, targetGroups, contactEmail,
                website);
    }

    /**
     * Adds a contact person; at most one per e-mail address (case-insensitive) in an organisation.
     * Publishes the new list of contact persons.
     */
    public ContactPerson addContactPerson(ContactDetails details, Instant now, ActedBy actedBy) {
        ContactPerson person = contacts.add(details, now, id);
        revision++;
        raiseContactPersonsChanged(now, actedBy);
        return person;
    }

    /**
     * Erases a contact person: the whole entry goes, nothing of it is kept but its id. Publishes the new
     * list and an erasure event that names the address only by its hash, so other services erase it too.
     */
    public ContactErasure eraseContactPerson(String contactPersonId, Instant now, ActedBy actedBy) {
        Optional<ContactPerson> person = contacts.erase(contactPersonId);
        if (person.isEmpty()) {
            return contacts.wasErased(contactPersonId) ? ContactErasure.ALREADY_ERASED : ContactErasure.UNKNOWN;
        }
        // one change, one revision: both events carry it
        revision++;
        raiseContactPersonsChanged(now, actedBy);
        raise(new ContactPersonErased(id, contactPersonId,
                EmailHash.of(person.get().email()), revision, now, actedBy), now);
        return ContactErasure.ERASED;
    }

    private void raiseContactPersonsChanged(Instant now, ActedBy actedBy) {
        raise(new ContactPersonsChanged(id,
                contacts.all().stream().map(ContactPersonsChanged.Contact::of).toList(), revision, now, actedBy), now);
    }

    public Optional<ContactPerson> contactPerson(String contactPersonId) {
        return contacts.find(contactPersonId);
    }

    public List<ContactPerson> contactPersons() {
        return contacts.all();
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

    public @Nullable String website() {
        return website;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long revision() {
        return revision;
    }
}
