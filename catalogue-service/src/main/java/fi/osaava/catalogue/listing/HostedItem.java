package fi.osaava.catalogue.listing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.kit.search.SearchText;
import fi.osaava.kit.search.TextAnalysis;
import fi.osaava.kit.domain.ConflictException;

/**
 * An item a member organisation hosts in the catalogue beside its offerings, a thesis topic or an expert network:
 * its host, the competence areas and regions it is for, its language, whom to contact and its search index. Only
 * the host changes it, with new content (a {@link Draft}) until the item is closed. A subclass is the stored
 * document and adds what is its own.
 *
 * @param <D> the content its host writes
 */
public abstract class HostedItem<D extends HostedItem.Draft> {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String organisationId;
    private List<String> competenceAreas;
    private List<String> regions;
    private String language;
    private @Nullable ContactPerson contact;
    private Instant createdAt;
    private Instant updatedAt;
    private SearchText search;

    /** For the store. */
    @SuppressWarnings("NullAway.Init")
    protected HostedItem() {
    }

    @SuppressWarnings("NullAway.Init")
    protected HostedItem(String organisationId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    /** New content; a closed item is history and stays as it was. */
    public final void revise(D draft, Instant now) {
        String closed = closedReason();
        if (closed != null) {
            throw new ConflictException(closed + "; it can no longer be changed");
        }
        Searchable text = take(draft);
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.regions = List.copyOf(draft.regions());
        this.language = draft.language();
        this.contact = draft.contact();
        this.updatedAt = now;
        this.search = TextAnalysis.index(Map.of(language, text.title()), Map.of(language, text.body()));
    }

    /** Takes the kind's own part of new content; says what of it the search index is made of. */
    protected abstract Searchable take(D draft);

    /** Why the item can no longer be changed ({@code "Network 42 is closed"}); null while it can. */
    protected abstract @Nullable String closedReason();

    /** A change that is not new content (a status), for {@link #updatedAt()}. */
    protected void touch(Instant now) {
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public SearchText search() {
        return search;
    }

    /** The parts of a hosted item's content that every kind has; a kind's draft adds its own. */
    public interface Draft {

        List<String> competenceAreas();

        List<String> regions();

        String language();

        @Nullable ContactPerson contact();
    }

    /** What the search index of an item is made of. */
    public record Searchable(String title, String body) {
    }
}
