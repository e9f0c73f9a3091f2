package fi.osaava.catalogue.thesis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.kit.search.SearchText;
import fi.osaava.kit.search.TextAnalysis;
import fi.osaava.kit.web.ConflictException;

/**
 * A thesis topic a care organisation offers to students (like OPPA): what it is about, for which field
 * and degree, whom to contact, and whether it is still open.
 */
@Document("thesis_topics")
@CompoundIndex(name = "search_grams", def = "{'search.grams': 1}")
@CompoundIndex(name = "contact_hash", def = "{'contact.emailSha256': 1}")
public class ThesisTopic {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String organisationId;
    private String title;
    private String description;
    private StudyField field;
    private List<DegreeLevel> degreeLevels;
    private List<String> competenceAreas;
    private List<String> regions;
    private String language;
    private @Nullable ContactPerson contact;
    @Indexed
    private ThesisTopicStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private SearchText search;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private ThesisTopic() {
    }

    private ThesisTopic(String organisationId, ThesisTopicDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.status = ThesisTopicStatus.OPEN;
        this.createdAt = now;
        apply(draft, now);
    }

    public static ThesisTopic open(String organisationId, ThesisTopicDraft draft, Instant now) {
        return new ThesisTopic(organisationId, draft, now);
    }

    /** New content; a closed topic is history and stays as it was. */
    public void revise(ThesisTopicDraft draft, Instant now) {
        if (status == ThesisTopicStatus.CLOSED) {
            throw new ConflictException("Thesis topic " + id + " is CLOSED; it can no longer be changed");
        }
        apply(draft, now);
    }

    public void changeStatus(ThesisTopicStatus next, Instant now) {
        if (next == status) {
            return;
        }
        if (!status.mayBecome(next)) {
            throw new ConflictException("Thesis topic " + id + " is " + status + "; it cannot become " + next);
        }
        status = next;
        updatedAt = now;
    }

    private void apply(ThesisTopicDraft draft, Instant now) {
        this.title = draft.title();
        this.description = draft.description();
        this.field = draft.field();
        this.degreeLevels = List.copyOf(draft.degreeLevels());
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.regions = List.copyOf(draft.regions());
        this.language = draft.language();
        this.contact = draft.contact();
        this.updatedAt = now;
        this.search = TextAnalysis.index(Map.of(language, title), Map.of(language, description));
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public StudyField field() {
        return field;
    }

    public List<DegreeLevel> degreeLevels() {
        return degreeLevels;
    }

    public List<String> competenceAreas() {
        return competenceAreas;
    }

    public List<String> regions() {
        return regions;
    }

    public String language() {
        return language;
    }

    public @Nullable ContactPerson contact() {
        return contact;
    }

    public ThesisTopicStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public SearchText search() {
        return search;
    }
}
