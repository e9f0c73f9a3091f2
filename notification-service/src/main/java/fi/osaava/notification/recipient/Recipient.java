package fi.osaava.notification.recipient;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.EmailHash;

/**
 * An organisation as this service knows it, kept current from membership events: enough to
 * decide who is alerted about what, and where to send it.
 *
 * @param type           membership's organisation type, a label here: what the organisation gets by itself follows
 *                       {@code kind}
 * @param kind           what the organisation is, as membership says (a passive member: a service producer)
 * @param contactPersons the organisation's contact persons (address, language, receives alerts)
 */
@Document("recipients")
public record Recipient(
        @Id String organisationId,
        String name,
        String type,
        OrganisationKind kind,
        String status,
        @Indexed List<String> regions,
        Set<String> competenceAreasOffered,
        Set<String> competenceAreasOfInterest,
        Set<String> targetGroups,
        String contactEmail,
        long revision,
        List<ContactPerson> contactPersons) {

    public record ContactPerson(String contactPersonId, String email, @Nullable String language, boolean receivesAlerts) {
    }

    static final String PASSIVE_MEMBER_PREFIX = "passive-member:";
    /** How a passive member is typed here; its kind is {@link OrganisationKind#SERVICE_PRODUCER}. */
    static final String PASSIVE_MEMBER_TYPE = "PASSIVE_MEMBER";

    public Recipient {
        // documents written before contact persons existed have none
        contactPersons = contactPersons == null ? List.of() : List.copyOf(contactPersons);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** The contact persons who receive alerts; the organisation's own address when there are none. */
    public List<AlertAddress> alertAddresses() {
        List<AlertAddress> persons = contactPersons.stream().filter(ContactPerson::receivesAlerts)
                .map(person -> new AlertAddress(person.email(), person.contactPersonId())).toList();
        return persons.isEmpty() ? List.of(new AlertAddress(contactEmail, null)) : persons;
    }

    public boolean hasContactPerson(String contactPersonId) {
        return contactPersons.stream().anyMatch(person -> person.contactPersonId().equals(contactPersonId));
    }

    /** A registration carries no contact persons: the ones already known stay. */
    static Recipient from(OrganisationRegisteredMessage m, List<ContactPerson> knownContactPersons) {
        return new Recipient(m.organisationId(), m.name(), m.type(), m.organisationKind(), m.status(),
                List.copyOf(m.regions()), Set.copyOf(orEmpty(m.competenceAreasOffered())),
                Set.copyOf(orEmpty(m.competenceAreasOfInterest())), Set.copyOf(orEmpty(m.targetGroups())),
                m.contactEmail(), m.revision(), knownContactPersons);
    }

    Recipient withContactPersons(OrganisationContactsChangedMessage m) {
        return new Recipient(organisationId, name, type, kind, status, regions, competenceAreasOffered,
                competenceAreasOfInterest, targetGroups, contactEmail, m.revision(), m.contactPersons().stream()
                .map(c -> new ContactPerson(c.contactPersonId(), c.email(), c.language(), c.receivesAlerts()))
                .toList());
    }

    /** The new profile; name, type, kind, status and contact persons stay (the event does not carry them). */
    Recipient withProfile(OrganisationProfileChangedMessage m) {
        return new Recipient(organisationId, name, type, kind, status, List.copyOf(m.regions()),
                Set.copyOf(orEmpty(m.competenceAreasOffered())), Set.copyOf(orEmpty(m.competenceAreasOfInterest())),
                Set.copyOf(orEmpty(m.targetGroups())), m.contactEmail(), m.revision(), contactPersons);
    }

    Recipient withStatus(String newStatus, long newRevision) {
        return new Recipient(organisationId, name, type, kind, newStatus, regions, competenceAreasOffered,
                competenceAreasOfInterest, targetGroups, contactEmail, newRevision, contactPersons);
    }

    /** Drops the person by id and by address hash; an erasure is never stale, but the revision only grows. */
    Recipient without(ContactPersonErasedMessage m) {
        return new Recipient(organisationId, name, type, kind, status, regions, competenceAreasOffered,
                competenceAreasOfInterest, targetGroups, contactEmail, Math.max(revision, m.revision()),
                contactPersons.stream().filter(person -> !person.contactPersonId().equals(m.contactPersonId())
                        && !EmailHash.of(person.email()).equals(m.emailSha256())).toList());
    }

    /** The recipient id of a passive member: apart from every organisation id. */
    public static String passiveMemberId(String memberId) {
        return PASSIVE_MEMBER_PREFIX + memberId;
    }

    /**
     * A confirmed passive member is alerted like a small service producer (this service's rule for persons, not
     * membership's): by its regions, the competence areas it is interested in and its target groups, at its one
     * address (a contact person of its own id).
     */
    static Recipient from(PassiveMemberConfirmedMessage m) {
        return new Recipient(passiveMemberId(m.memberId()), m.organisationName() == null ? "" : m.organisationName(),
                PASSIVE_MEMBER_TYPE, OrganisationKind.SERVICE_PRODUCER, "ACTIVE", List.copyOf(m.regions()), Set.of(),
                Set.copyOf(m.competenceAreas()), Set.copyOf(orEmpty(m.targetGroups())), m.email(), 1,
                List.of(new ContactPerson(m.memberId(), m.email(), m.language(), true)));
    }

    /**
     * What stays of a passive member who left or was erased: its id and nothing personal, so a redelivered
     * confirmation cannot bring the address back.
     */
    static Recipient gone(String memberId) {
        return new Recipient(passiveMemberId(memberId), "", PASSIVE_MEMBER_TYPE, OrganisationKind.SERVICE_PRODUCER,
                "LEFT", List.of(), Set.of(), Set.of(), Set.of(), "", 0, List.of());
    }

    public boolean isGone() {
        return "LEFT".equals(status);
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
