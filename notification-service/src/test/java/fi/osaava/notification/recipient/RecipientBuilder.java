package fi.osaava.notification.recipient;

import java.util.List;
import java.util.Set;

/**
 * A recipient for tests as the directory would hold it: an active service producer named by its id, in no region,
 * offering and interested in nothing, with the address {@code <id>@demo.osaava.fi}, at revision 1 and without contact
 * persons, unless told otherwise.
 */
public final class RecipientBuilder {

    private final String organisationId;
    private String name;
    private String type = "SERVICE_PRODUCER";
    private OrganisationKind kind = OrganisationKind.SERVICE_PRODUCER;
    private String status = "ACTIVE";
    private List<String> regions = List.of();
    private Set<String> competenceAreasOffered = Set.of();
    private Set<String> competenceAreasOfInterest = Set.of();
    private Set<String> targetGroups = Set.of();
    private String contactEmail;
    private long revision = 1;
    private List<Recipient.ContactPerson> contactPersons = List.of();

    private RecipientBuilder(String organisationId) {
        this.organisationId = organisationId;
        this.name = organisationId;
        this.contactEmail = organisationId + "@demo.osaava.fi";
    }

    public static RecipientBuilder aRecipient(String organisationId) {
        return new RecipientBuilder(organisationId);
    }

    public RecipientBuilder named(String name) {
        this.name = name;
        return this;
    }

    public RecipientBuilder ofType(String type) {
        this.type = type;
        return this;
    }

    /** The kind membership gave the organisation (its type stays a label). */
    public RecipientBuilder ofKind(OrganisationKind kind) {
        this.kind = kind;
        return this;
    }

    public RecipientBuilder withStatus(String status) {
        this.status = status;
        return this;
    }

    public RecipientBuilder inRegions(List<String> regions) {
        this.regions = regions;
        return this;
    }

    public RecipientBuilder inRegions(String... regions) {
        return inRegions(List.of(regions));
    }

    public RecipientBuilder offering(Set<String> areas) {
        this.competenceAreasOffered = areas;
        return this;
    }

    public RecipientBuilder offering(String... areas) {
        return offering(Set.of(areas));
    }

    public RecipientBuilder interestedIn(Set<String> areas) {
        this.competenceAreasOfInterest = areas;
        return this;
    }

    public RecipientBuilder interestedIn(String... areas) {
        return interestedIn(Set.of(areas));
    }

    public RecipientBuilder forTargetGroups(Set<String> targetGroups) {
        this.targetGroups = targetGroups;
        return this;
    }

    public RecipientBuilder mailedTo(String contactEmail) {
        this.contactEmail = contactEmail;
        return this;
    }

    public RecipientBuilder atRevision(long revision) {
        this.revision = revision;
        return this;
    }

    public RecipientBuilder withContactPersons(Recipient.ContactPerson... persons) {
        this.contactPersons = List.of(persons);
        return this;
    }

    public Recipient build() {
        return new Recipient(organisationId, name, type, kind, status, regions, competenceAreasOffered,
                competenceAreasOfInterest, targetGroups, contactEmail, revision, contactPersons);
    }
}
