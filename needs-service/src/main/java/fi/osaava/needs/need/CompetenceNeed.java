package fi.osaava.needs.need;

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

/** A competence need of the region, reported by one organisation. Its events travel in its own document. */
@Document("competence_needs")
public class CompetenceNeed extends OutboxAggregate {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String reportingOrganisationId;
    private String region;
    private List<String> competenceAreas;
    private TargetGroup targetGroup;
    private String title;
    private String description;
    private int estimatedLearners;
    private Horizon horizon;
    private NeedStatus status;
    private Instant createdAt;
    private @Nullable Instant publishedAt;

    /** For the mapping layer, which sets the fields from the stored document. */
    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private CompetenceNeed() {
    }

    private CompetenceNeed(String id, NeedDraft draft, Instant now) {
        this.id = id;
        this.reportingOrganisationId = draft.reportingOrganisationId();
        this.region = draft.region();
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.targetGroup = draft.targetGroup();
        this.title = draft.title();
        this.description = draft.description();
        this.estimatedLearners = draft.estimatedLearners();
        this.horizon = draft.horizon();
        this.status = NeedStatus.DRAFT;
        this.createdAt = now;
    }

    public static CompetenceNeed draft(NeedDraft draft, Instant now) {
        return new CompetenceNeed(UUID.randomUUID().toString(), draft, now);
    }

    /** Makes the need visible to the ecosystem; matching providers and producers get alerted. */
    public void publish(Instant now, ActedBy actedBy) {
        if (status != NeedStatus.DRAFT) {
            throw new ConflictException("Need " + id + " is " + status + "; only a DRAFT can be published");
        }
        status = NeedStatus.PUBLISHED;
        publishedAt = now;
        raise(CompetenceNeedPublished.TYPE, new CompetenceNeedPublished(id, reportingOrganisationId, region,
                competenceAreas, targetGroup, title, description, estimatedLearners, horizon, now, actedBy), now);
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String reportingOrganisationId() {
        return reportingOrganisationId;
    }

    public String region() {
        return region;
    }

    public List<String> competenceAreas() {
        return competenceAreas;
    }

    public TargetGroup targetGroup() {
        return targetGroup;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int estimatedLearners() {
        return estimatedLearners;
    }

    public Horizon horizon() {
        return horizon;
    }

    public NeedStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }
}
