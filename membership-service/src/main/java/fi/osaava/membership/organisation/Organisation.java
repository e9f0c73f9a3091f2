package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;

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
