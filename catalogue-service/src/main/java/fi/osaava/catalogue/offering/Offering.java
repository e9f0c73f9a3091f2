package fi.osaava.catalogue.offering;

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
import fi.osaava.kit.web.ConflictException;

/**
 * An item on the tray: a training, webinar, change support or project event. DRAFT → PUBLISHED → WITHDRAWN;
 * a draft may be withdrawn too. One that came from a provider's feed also carries the provider's own id for
 * it ({@code externalId}), unique per provider.
 */
@Document("offerings")
public class Offering extends OutboxAggregate {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String providerOrganisationId;
    private String title;
    private String description;
    private Category category;
    private List<TargetGroup> targetGroups;
    private List<String> competenceAreas;
    private List<String> regions;
    private @Nullable String externalId;
    private @Nullable String sourceSystem;
    /**
     * {@code <providerOrganisationId>/<externalId>}, only on offerings from a feed. A unique sparse index on one
     * field, because a compound index over (provider, externalId) would also hold the offerings made over HTTP,
     * which have no externalId, and MongoDB's partial indexes are not available on every store we run on.
     */
    @Indexed(unique = true, sparse = true)
    private @Nullable String feedKey;
    private OfferingStatus status;
    private Instant createdAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable String withdrawalReason;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Offering() {
    }

    private Offering(OfferingDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.providerOrganisationId = draft.providerOrganisationId();
        this.title = draft.title();
        this.description = draft.description();
        this.category = draft.category();
        this.targetGroups = List.copyOf(draft.targetGroups());
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.regions = List.copyOf(draft.regions());
        this.status = OfferingStatus.DRAFT;
        this.createdAt = now;
    }

    public static Offering draft(OfferingDraft draft, Instant now) {
        return new Offering(draft, now);
    }

    /** A draft from a provider's feed, known by the provider's own id for it. */
    public static Offering draftFromFeed(OfferingDraft draft, String externalId, @Nullable String sourceSystem,
                                         Instant now) {
        Offering offering = new Offering(draft, now);
        offering.externalId = externalId;
        offering.sourceSystem = sourceSystem;
        offering.feedKey = feedKey(draft.providerOrganisationId(), externalId);
        return offering;
    }

    static String feedKey(String providerOrganisationId, String externalId) {
        return providerOrganisationId + "/" + externalId;
    }

    public void publish(Instant now, ActedBy actedBy) {
        if (status != OfferingStatus.DRAFT) {
            throw new ConflictException("Offering " + id + " is " + status + "; only a DRAFT can be published");
        }
        status = OfferingStatus.PUBLISHED;
        publishedAt = now;
        raise(OfferingPublished.TYPE, new OfferingPublished(id, providerOrganisationId, title, description, category,
                targetGroups, competenceAreas, regions, now, actedBy), now);
    }

    /**
     * Takes the new content. Returns whether anything changed; a change to a published offering raises
     * {@link OfferingUpdated}, one to a draft nothing (nobody has seen it). The provider never changes.
     */
    public boolean revise(OfferingDraft content, @Nullable String newSourceSystem, Instant now, ActedBy actedBy) {
        if (status == OfferingStatus.WITHDRAWN) {
            throw new ConflictException("Offering " + id + " is WITHDRAWN; a withdrawn offering cannot be changed");
        }
        String newDescription = content.description();
        boolean changed = !title.equals(content.title()) || !description.equals(newDescription)
                || category != content.category() || !targetGroups.equals(content.targetGroups())
                || !competenceAreas.equals(content.competenceAreas()) || !regions.equals(content.regions())
                || (newSourceSystem != null && !newSourceSystem.equals(sourceSystem));
        if (!changed) {
            return false;
        }
        title = content.title();
        description = newDescription;
        category = content.category();
        targetGroups = List.copyOf(content.targetGroups());
        competenceAreas = List.copyOf(content.competenceAreas());
        regions = List.copyOf(content.regions());
        if (newSourceSystem != null) {
            sourceSystem = newSourceSystem;
        }
        updatedAt = now;
        if (status == OfferingStatus.PUBLISHED && publishedAt != null) {
            raise(OfferingUpdated.TYPE, new OfferingUpdated(id, providerOrganisationId, title, description, category,
                    targetGroups, competenceAreas, regions, publishedAt, now, externalId, sourceSystem, actedBy), now);
        }
        return true;
    }

    /** Off the tray, with the reason; a withdrawn offering stays readable but changes no more. */
    public void withdraw(String reason, Instant now, ActedBy actedBy) {
        if (status == OfferingStatus.WITHDRAWN) {
            throw new ConflictException("Offering " + id + " is already WITHDRAWN");
        }
        boolean wasPublished = status == OfferingStatus.PUBLISHED;
        status = OfferingStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason;
        if (wasPublished) {
            raise(OfferingWithdrawn.TYPE, new OfferingWithdrawn(id, providerOrganisationId, reason, now, actedBy), now);
        }
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String providerOrganisationId() {
        return providerOrganisationId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Category category() {
        return category;
    }

    public List<TargetGroup> targetGroups() {
        return targetGroups;
    }

    public List<String> competenceAreas() {
        return competenceAreas;
    }

    public List<String> regions() {
        return regions;
    }

    public @Nullable String externalId() {
        return externalId;
    }

    public @Nullable String sourceSystem() {
        return sourceSystem;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public @Nullable String withdrawalReason() {
        return withdrawalReason;
    }

    public OfferingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }
}
