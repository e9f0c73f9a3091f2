package fi.osaava.catalogue.network;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.catalogue.listing.HostedItem;

/**
 * An expert or supervisor network hosted by a member organisation: what it does, who to contact and
 * how to join. Active until its host closes it.
 */
@Document("expert_networks")
@CompoundIndex(name = "search_grams", def = "{'search.grams': 1}")
@CompoundIndex(name = "contact_hash", def = "{'contact.emailSha256': 1}")
public class ExpertNetwork extends HostedItem<NetworkDraft> {

    private String name;
    private NetworkKind kind;
    private String description;
    private String howToJoin;
    private boolean active;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private ExpertNetwork() {
    }

    @SuppressWarnings("NullAway.Init")
    private ExpertNetwork(String organisationId, NetworkDraft draft, Instant now) {
        super(organisationId, now);
        this.active = true;
        revise(draft, now);
    }

    public static ExpertNetwork start(String organisationId, NetworkDraft draft, Instant now) {
        return new ExpertNetwork(organisationId, draft, now);
    }

    /** Closing twice is harmless. */
    public void close(Instant now) {
        if (active) {
            active = false;
            touch(now);
        }
    }

    @Override
    protected Searchable take(NetworkDraft draft) {
        this.name = draft.name();
        this.kind = draft.kind();
        this.description = draft.description();
        this.howToJoin = draft.howToJoin();
        return new Searchable(name, description + "\n" + howToJoin);
    }

    @Override
    protected @Nullable String closedReason() {
        return active ? null : "Network " + id() + " is closed";
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

    public boolean active() {
        return active;
    }
}
