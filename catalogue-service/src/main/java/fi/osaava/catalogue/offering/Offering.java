package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.search.SearchText;
import fi.osaava.kit.search.TextAnalysis;
import fi.osaava.kit.domain.ConflictException;

/**
 * An item on the tray: a training, webinar, change support or project event. DRAFT → PUBLISHED → WITHDRAWN
 * (a draft may be withdrawn too) or ARCHIVED once it has ended. One that came from a provider's system also
 * carries the provider's own id for it ({@code externalId}), unique per provider. Other features learn of an
 * offering through {@link OfferingFactsLookup}, never from this document.
 */
@Document("offerings")
@CompoundIndex(name = "contact_hash", def = "{'contact.emailSha256': 1}")
@CompoundIndex(name = "search_grams", def = "{'search.grams': 1}")
@CompoundIndex(name = "status_starts", def = "{'status': 1, 'startsAt': 1}")
@CompoundIndex(name = "status_ends", def = "{'status': 1, 'endsAt': 1}")
/* The versioned save's filter {_id, version}: redundant on MongoDB, which finds it through _id; mongo-java-server
   (the local stack's store) uses an index only for a filter of exactly its keys and would read every offering. */
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public class Offering extends OutboxAggregate {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String providerOrganisationId;
    /** The title in the primary language; the texts in every language are in {@link #titles}. */
    private String title;
    private String description;
    private LocalizedText titles;
    private @Nullable LocalizedText summaries;
    private @Nullable LocalizedText descriptions;
    private Category category;
    private List<TargetGroup> targetGroups;
    private List<String> competenceAreas;
    private List<String> regions;
    private @Nullable Delivery delivery;
    private @Nullable Instant startsAt;
    private @Nullable Instant endsAt;
    private @Nullable Instant registrationDeadline;
    private @Nullable Pricing pricing;
    /** null = unlimited. */
    private @Nullable Integer capacity;
    private @Nullable List<String> teachingLanguages;
    private @Nullable ContactPerson contact;
    private @Nullable List<Attachment> attachments;
    private @Nullable String externalId;
    private @Nullable String sourceSystem;
    /**
     * {@code <providerOrganisationId>/<externalId>}, only on offerings with an external reference. A unique sparse
     * index on one field, because a compound index over (provider, externalId) would also hold the offerings made
     * without one, and MongoDB's partial indexes are not available on every store we run on.
     */
    @Indexed(unique = true, sparse = true)
    private @Nullable String feedKey;
    private OfferingStatus status;
    private Instant createdAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable String withdrawalReason;
    private @Nullable Instant archivedAt;
    /** Stems and trigrams of the titles, summaries and descriptions, for the tray's free-text search. */
    private SearchText search;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Offering() {
    }

    @SuppressWarnings("NullAway.Init")
    private Offering(OfferingDraft draft, Instant now) {
        OfferingRules.require(draft);
        this.id = UUID.randomUUID().toString();
        this.providerOrganisationId = draft.providerOrganisationId();
        take(draft);
        this.status = OfferingStatus.DRAFT;
        this.createdAt = now;
    }

    public static Offering draft(OfferingDraft draft, Instant now) {
        return new Offering(draft, now);
    }

    /** A draft known by the provider's own id for it (from its feed, its import or its own reference). */
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

    private void take(OfferingDraft draft) {
        this.title = draft.title();
        this.description = draft.description();
        this.titles = draft.titles();
        this.summaries = draft.summaries();
        this.descriptions = draft.descriptions();
        this.category = draft.category();
        this.targetGroups = List.copyOf(draft.targetGroups());
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.regions = List.copyOf(draft.regions());
        this.delivery = draft.delivery();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.registrationDeadline = draft.registrationDeadline();
        this.pricing = draft.pricing();
        this.capacity = draft.capacity();
        this.teachingLanguages = List.copyOf(draft.teachingLanguages());
        this.contact = draft.contact();
        this.attachments = List.copyOf(draft.attachments());
        this.search = searchText(titles, summaries, descriptions);
    }

    static SearchText searchText(LocalizedText titles, @Nullable LocalizedText summaries,
                                         @Nullable LocalizedText descriptions) {
        Map<String, String> titleTexts = new HashMap<>();
        Map<String, String> bodyTexts = new HashMap<>();
        for (String language : LocalizedText.LANGUAGES) {
            String title = titles.get(language);
            if (title != null) {
                titleTexts.put(language, title);
            }
            String body = String.join("\n",
                    java.util.stream.Stream.of(summaries, descriptions).filter(java.util.Objects::nonNull)
                            .map(text -> text.get(language)).filter(java.util.Objects::nonNull).toList());
            if (!body.isBlank()) {
                bodyTexts.put(language, body);
            }
        }
        return TextAnalysis.index(titleTexts, bodyTexts);
    }

    /**
     * The searchable form of the texts (offerings stored before search existed got theirs from the store migration
     * {@link EarlierOfferings}).
     */
    public SearchText search() {
        return Objects.requireNonNull(search, () -> "Offering " + id + " has no search text");
    }

    /** The current content, in the form a revision brings it (to see whether a revision changes anything). */
    public OfferingDraft content() {
        return new OfferingDraft(providerOrganisationId, titles(), summaries, descriptions, category, targetGroups,
                competenceAreas, regions, delivery, startsAt, endsAt, registrationDeadline, pricing, capacity,
                teachingLanguages(), contact, attachments());
    }

    public void publish(Instant now, ActedBy actedBy) {
        if (status != OfferingStatus.DRAFT) {
            throw new ConflictException("Offering " + id + " is " + status + "; only a DRAFT can be published");
        }
        status = OfferingStatus.PUBLISHED;
        publishedAt = now;
        raise(new OfferingPublished(id, providerOrganisationId, title, description, category,
                targetGroups, competenceAreas, regions, now, actedBy, titles, summaries, descriptions, delivery,
                startsAt, endsAt, registrationDeadline, pricing, capacity, teachingLanguages, attachments, externalId,
                sourceSystem), now);
    }

    /**
     * Takes the new content. Returns whether anything changed; a change to a published offering raises
     * {@link OfferingUpdated}, one to a draft nothing (nobody has seen it). The provider never changes; a
     * withdrawn or archived offering changes no more (409).
     */
    public boolean revise(OfferingDraft content, @Nullable String newSourceSystem, Instant now, ActedBy actedBy) {
        if (status == OfferingStatus.WITHDRAWN || status == OfferingStatus.ARCHIVED) {
            throw new ConflictException("Offering " + id + " is " + status + "; a " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " offering cannot be changed");
        }
        OfferingRules.require(content);
        OfferingDraft ownContent = new OfferingDraft(providerOrganisationId, content.titles(), content.summaries(),
                content.descriptions(), content.category(), content.targetGroups(), content.competenceAreas(),
                content.regions(), content.delivery(), content.startsAt(), content.endsAt(),
                content.registrationDeadline(), content.pricing(), content.capacity(), content.teachingLanguages(),
                content.contact(), content.attachments());
        boolean changed = !content().equals(ownContent) || (newSourceSystem != null && !newSourceSystem.equals(sourceSystem));
        if (!changed) {
            return false;
        }
        take(ownContent);
        if (newSourceSystem != null) {
            sourceSystem = newSourceSystem;
        }
        updatedAt = now;
        if (status == OfferingStatus.PUBLISHED && publishedAt != null) {
            raise(new OfferingUpdated(id, providerOrganisationId, title, description, category,
                    targetGroups, competenceAreas, regions, publishedAt, now, externalId, sourceSystem, actedBy, titles,
                    summaries, descriptions, delivery, startsAt, endsAt, registrationDeadline, pricing, capacity,
                    teachingLanguages, attachments), now);
        }
        return true;
    }

    /** Off the tray, with the reason; a withdrawn offering stays readable but changes no more. */
    public void withdraw(String reason, Instant now, ActedBy actedBy) {
        if (status == OfferingStatus.WITHDRAWN || status == OfferingStatus.ARCHIVED) {
            throw new ConflictException("Offering " + id + " is already " + status + "; it cannot be withdrawn");
        }
        boolean wasPublished = status == OfferingStatus.PUBLISHED;
        status = OfferingStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason;
        if (wasPublished) {
            raise(new OfferingWithdrawn(id, providerOrganisationId, reason, now, actedBy), now);
        }
    }

    /** Whether it is on the tray but has ended by {@code now}, and so is due to be archived. */
    public boolean hasEnded(Instant now) {
        return status == OfferingStatus.PUBLISHED && endsAt != null && endsAt.isBefore(now);
    }

    /** A published offering that has ended leaves the tray by itself. */
    public void archive(Instant now) {
        if (!hasEnded(now)) {
            throw new ConflictException("Offering " + id + " is " + status + (endsAt == null ? " without an end"
                    : " and ends " + endsAt) + "; only a PUBLISHED offering that has ended is archived");
        }
        status = OfferingStatus.ARCHIVED;
        archivedAt = now;
        raise(new OfferingArchived(id, providerOrganisationId, endsAt, now), now);
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

    /**
     * The title in every language it has (offerings stored with only the one {@code title} got theirs from the store
     * migration {@link EarlierOfferings}).
     */
    public LocalizedText titles() {
        return Objects.requireNonNull(titles, () -> "Offering " + id + " has no titles");
    }

    public @Nullable LocalizedText summaries() {
        return summaries;
    }

    public @Nullable LocalizedText descriptions() {
        return descriptions;
    }

    public @Nullable Delivery delivery() {
        return delivery;
    }

    public @Nullable Instant startsAt() {
        return startsAt;
    }

    public @Nullable Instant endsAt() {
        return endsAt;
    }

    public @Nullable Instant registrationDeadline() {
        return registrationDeadline;
    }

    public @Nullable Pricing pricing() {
        return pricing;
    }

    public @Nullable Integer capacity() {
        return capacity;
    }

    public List<String> teachingLanguages() {
        return teachingLanguages == null ? List.of() : teachingLanguages;
    }

    public @Nullable ContactPerson contact() {
        return contact;
    }

    public List<Attachment> attachments() {
        return attachments == null ? List.of() : attachments;
    }

    public @Nullable Instant archivedAt() {
        return archivedAt;
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
