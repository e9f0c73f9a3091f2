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

/**
 * An item a member organisation hosts in the catalogue beside its offerings, a thesis topic or an expert network:
 * its host, the competence areas and regions it is for, its language, whom to contact and its search index. Only
 * the host changes it. A subclass is the stored document and adds what is its own.
 */
public abstract class HostedItem {

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

    /** Takes the shared parts of new content; the search index is made of the title and the body. */
    protected void describe(Hosting hosting, String title, String body, Instant now) {
        this.competenceAreas = List.copyOf(hosting.competenceAreas());
        this.regions = List.copyOf(hosting.regions());
        this.language = hosting.language();
        this.contact = hosting.contact();
        this.updatedAt = now;
        this.search = TextAnalysis.index(Map.of(language, title), Map.of(language, body));
    }

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

    /** The parts of a hosted item's content that every kind has. */
    public record Hosting(List<String> competenceAreas, List<String> regions, String language,
                          @Nullable ContactPerson contact) {
    }
}
