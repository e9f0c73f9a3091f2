package fi.osaava.catalogue.network;

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
 * An expert or supervisor network hosted by a member organisation: what it does, who to contact and
 * how to join. Active until its host closes it.
 */
@Document("expert_networks")
@CompoundIndex(name = "search_grams", def = "{'search.grams': 1}")
@CompoundIndex(name = "contact_hash", def = "{'contact.emailSha256': 1}")
public class ExpertNetwork {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String organisationId;
    private String name;
    private NetworkKind kind;
    private String description;
    private String howToJoin;
    private List<String> competenceAreas;
    private List<String> regions;
    private String language;
    private @Nullable ContactPerson contact;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;
    private SearchText search;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private ExpertNetwork() {
    }

    private ExpertNetwork(String organisationId, NetworkDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.active = true;
        this.createdAt = now;
        apply(draft, now);
    }

    public static ExpertNetwork start(String organisationId, NetworkDraft draft, Instant now) {
        return new ExpertNetwork(organisationId, draft, now);
    }

    public void revise(NetworkDraft draft, Instant now) {
        if (!active) {
            throw new ConflictException("Network " + id + " is closed; it can no longer be changed");
        }
        apply(draft, now);
    }

    /** Closing twice is harmless. */
    public void close(Instant now) {
        if (active) {
            active = false;
            updatedAt = now;
        }
    }

    private void apply(NetworkDraft draft, Instant now) {
        this.name = draft.name();
        this.kind = draft.kind();
        this.description = draft.description();
        this.howToJoin = draft.howToJoin();
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.regions = List.copyOf(draft.regions());
        this.language = draft.language();
        this.contact = draft.contact();
        this.updatedAt = now;
        this.search = TextAnalysis.index(Map.of(language, name), Map.of(language, description + "\n" + howToJoin));
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public NetworkKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String howToJoin() {
        return howToJoin;
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

    public boolean active() {
        return active;
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
