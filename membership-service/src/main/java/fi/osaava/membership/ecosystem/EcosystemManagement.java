package fi.osaava.membership.ecosystem;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;

/**
 * Ecosystems and who coordinates each. The platform's coordinator (the {@code COORDINATOR} role of
 * the operator's own organisation) founds ecosystems and may act for any; an ecosystem's coordinator
 * organisation acts, with any token of its own, for that ecosystem only ({@link EcosystemAccess}).
 */
@Service
public class EcosystemManagement {

    private final Ecosystems ecosystems;
    private final CoordinatorOrganisations organisations;
    private final EcosystemAccess access;
    private final Clock clock;

    EcosystemManagement(Ecosystems ecosystems, CoordinatorOrganisations organisations, EcosystemAccess access,
                        Clock clock) {
        this.ecosystems = ecosystems;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Platform coordinator only (enforced before the body is read); an id in use is a 409, a coordinator
     * organisation that is not registered a 400. The coordinator organisation then joins the ecosystem
     * with the coordinator role: a second write, after the ecosystem's (no transaction spans two
     * documents), so a crash between them leaves an ecosystem whose coordinator has no participation yet;
     * the next update of the ecosystem appoints it again, and the rights follow the ecosystem anyway.
     */
    public Ecosystem found(String id, EcosystemProfile profile, Actor actor) {
        if (ecosystems.existsById(id)) {
            throw new ConflictException("Ecosystem " + id + " exists already");
        }
        requireRegistered(profile.coordinatorOrganisationId());
        Ecosystem founded = ecosystems.insert(Ecosystem.found(id, profile, clock.instant(), actor.actedBy()));
        organisations.appoint(id, profile.coordinatorOrganisationId(), null, actor.actedBy());
        return founded;
    }

    /**
     * The ecosystem's coordinator or the platform coordinator; a new coordinator organisation must be registered.
     * The profile is read only once the actor may: another organisation gets 403, not a description of the body.
     */
    public Ecosystem update(String id, Supplier<EcosystemProfile> profileOfRequest, Actor actor) {
        String previous = access.requireCoordinator(id, actor).coordinatorOrganisationId();
        EcosystemProfile profile = profileOfRequest.get();
        Ecosystem updated = OptimisticRetry.run(() -> {
            Ecosystem ecosystem = get(id);
            access.requireCoordinator(ecosystem, actor);
            requireRegistered(profile.coordinatorOrganisationId());
            return ecosystem.update(profile, clock.instant(), actor.actedBy()) ? ecosystems.save(ecosystem) : ecosystem;
        });
        organisations.appoint(id, updated.coordinatorOrganisationId(), previous, actor.actedBy());
        return updated;
    }

    private void requireRegistered(String organisationId) {
        if (!organisations.exists(organisationId)) {
            throw new InvalidFieldException("coordinatorOrganisationId", "is not a registered organisation");
        }
    }

    public Ecosystem get(String id) {
        return ecosystems.findById(id).orElseThrow(() -> new NotFoundException("Ecosystem", id));
    }

    public boolean exists(String id) {
        return ecosystems.existsById(id);
    }

    public List<Ecosystem> list() {
        return ecosystems.findAllByOrderByNameAsc();
    }
}
