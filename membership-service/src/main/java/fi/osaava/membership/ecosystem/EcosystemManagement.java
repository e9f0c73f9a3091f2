package fi.osaava.membership.ecosystem;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.web.ConflictException;
import fi.osaava.kit.web.NotFoundException;

/**
 * Ecosystems and who coordinates each. The platform's coordinator (the {@code COORDINATOR} role of
 * the operator's own organisation) founds ecosystems and may act for any; an ecosystem's coordinator
 * organisation acts, with any token of its own, for that ecosystem only.
 */
@Service
public class EcosystemManagement {

    private final Ecosystems ecosystems;
    private final Clock clock;

    EcosystemManagement(Ecosystems ecosystems, Clock clock) {
        this.ecosystems = ecosystems;
        this.clock = clock;
    }

    /** Platform coordinator only (enforced before the body is read); an id in use is a 409. */
    public Ecosystem found(String id, EcosystemProfile profile, Actor actor) {
        if (ecosystems.existsById(id)) {
            throw new ConflictException("Ecosystem " + id + " exists already");
        }
        return ecosystems.insert(Ecosystem.found(id, profile, clock.instant(), actor.actedBy()));
    }

    public Ecosystem update(String id, EcosystemProfile profile, Actor actor) {
        return OptimisticRetry.run(() -> {
            Ecosystem ecosystem = get(id);
            requireCoordinator(ecosystem, actor);
            return ecosystem.update(profile, clock.instant(), actor.actedBy()) ? ecosystems.save(ecosystem) : ecosystem;
        });
    }

    public Ecosystem get(String id) {
        return ecosystems.findById(id).orElseThrow(() -> new NotFoundException("Ecosystem", id));
    }

    public List<Ecosystem> list() {
        return ecosystems.findAllByOrderByNameAsc();
    }

    /** Whether the actor coordinates this ecosystem: the platform coordinator, or its coordinator organisation. */
    public boolean isCoordinator(String ecosystemId, Actor actor) {
        return actor.isCoordinator() || ecosystems.findById(ecosystemId)
                .map(ecosystem -> actor.actsFor(ecosystem.coordinatorOrganisationId())).orElse(false);
    }

    /**
     * For an ecosystem's coordinator-only operation: an unknown ecosystem is a 404, another actor a 403.
     *
     * @return the ecosystem
     */
    public Ecosystem requireCoordinator(String ecosystemId, Actor actor) {
        Ecosystem ecosystem = get(ecosystemId);
        requireCoordinator(ecosystem, actor);
        return ecosystem;
    }

    private static void requireCoordinator(Ecosystem ecosystem, Actor actor) {
        if (!actor.isCoordinator() && !actor.actsFor(ecosystem.coordinatorOrganisationId())) {
            throw new AccessDeniedException("Only the coordinator of ecosystem " + ecosystem.id() + " may do this");
        }
    }
}
