package fi.osaava.membership.ecosystem;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;

/**
 * One regional learning ecosystem (e.g. "Osaamisen sydän" of Pohjois-Savo): its name, chosen by the
 * founding meeting, the regions it serves and its coordinator organisation. One deployment holds
 * several; an organisation may take part in several, with a ring and roles in each.
 */
@Document("ecosystems")
public class Ecosystem extends OutboxAggregate {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String name;
    private String description;
    private List<String> regions;
    private String coordinatorOrganisationId;
    private Instant foundedAt;
    private @Nullable Instant updatedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Ecosystem() {
    }

    private Ecosystem(String id, EcosystemProfile profile, Instant now) {
        this.id = id;
        apply(profile);
        this.foundedAt = now;
    }

    /** {@code id} is a stable slug such as {@code pohjois-savo}: it appears in every reference to the ecosystem. */
    public static Ecosystem found(String id, EcosystemProfile profile, Instant now, ActedBy actedBy) {
        Ecosystem ecosystem = new Ecosystem(id, profile, now);
        ecosystem.raise(new EcosystemFounded(id, profile.name(),
                profile.description(), profile.regions(), profile.coordinatorOrganisationId(), now, actedBy), now);
        return ecosystem;
    }

    /** Renaming, new regions or a new coordinator organisation; nothing changed raises nothing. */
    public boolean update(EcosystemProfile profile, Instant now, ActedBy actedBy) {
        if (profile.equals(profile())) {
            return false;
        }
        String previousCoordinator = coordinatorOrganisationId;
        apply(profile);
        updatedAt = now;
        raise(new EcosystemUpdated(id, name, description, regions,
                coordinatorOrganisationId, previousCoordinator, now, actedBy), now);
        return true;
    }

    private void apply(EcosystemProfile profile) {
        this.name = profile.name();
        this.description = profile.description();
        this.regions = List.copyOf(profile.regions());
        this.coordinatorOrganisationId = profile.coordinatorOrganisationId();
    }

    public EcosystemProfile profile() {
        return new EcosystemProfile(name, description, regions, coordinatorOrganisationId);
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> regions() {
        return regions;
    }

    public String coordinatorOrganisationId() {
        return coordinatorOrganisationId;
    }

    public Instant foundedAt() {
        return foundedAt;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }
}
