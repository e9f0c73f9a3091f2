package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.web.ConflictException;

/** An item on the tray: a training, webinar, change support or project event. */
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
    private OfferingStatus status;
    private Instant createdAt;
    private @Nullable Instant publishedAt;

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

    public void publish(Instant now, ActedBy actedBy) {
        if (status != OfferingStatus.DRAFT) {
            throw new ConflictException("Offering " + id + " is " + status + "; only a DRAFT can be published");
        }
        status = OfferingStatus.PUBLISHED;
        publishedAt = now;
        raise(OfferingPublished.TYPE, new OfferingPublished(id, providerOrganisationId, title, description, category,
                targetGroups, competenceAreas, regions, now, actedBy), now);
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
