package fi.osaava.catalogue.thesis;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.catalogue.listing.HostedItem;
import fi.osaava.kit.domain.ConflictException;

/**
 * A thesis topic a care organisation offers to students (like OPPA): what it is about, for which field
 * and degree, whom to contact, and whether it is still open.
 */
@Document("thesis_topics")
@CompoundIndex(name = "search_grams", def = "{'search.grams': 1}")
@CompoundIndex(name = "contact_hash", def = "{'contact.emailSha256': 1}")
public class ThesisTopic extends HostedItem<ThesisTopicDraft> {

    private String title;
    private String description;
    private StudyField field;
    private List<DegreeLevel> degreeLevels;
    @Indexed
    private ThesisTopicStatus status;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private ThesisTopic() {
    }

    @SuppressWarnings("NullAway.Init")
    private ThesisTopic(String organisationId, ThesisTopicDraft draft, Instant now) {
        super(organisationId, now);
        this.status = ThesisTopicStatus.OPEN;
        revise(draft, now);
    }

    public static ThesisTopic open(String organisationId, ThesisTopicDraft draft, Instant now) {
        return new ThesisTopic(organisationId, draft, now);
    }

    public void changeStatus(ThesisTopicStatus next, Instant now) {
        if (next == status) {
            return;
        }
        if (!status.mayBecome(next)) {
            throw new ConflictException("Thesis topic " + id() + " is " + status + "; it cannot become " + next);
        }
        status = next;
        touch(now);
    }

    @Override
    protected Searchable take(ThesisTopicDraft draft) {
        this.title = draft.title();
        this.description = draft.description();
        this.field = draft.field();
        this.degreeLevels = List.copyOf(draft.degreeLevels());
        return new Searchable(title, description);
    }

    @Override
    protected @Nullable String closedReason() {
        return status == ThesisTopicStatus.CLOSED ? "Thesis topic " + id() + " is CLOSED" : null;
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

    public ThesisTopicStatus status() {
        return status;
    }
}
