package fi.osaava.membership.ecosystem;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with ecosystems, and who coordinates one: the platform's coordinator (the {@code COORDINATOR}
 * role) for every ecosystem, an ecosystem's coordinator organisation (with any token of its own) for that one
 * only. The other features ask this class when an operation is the ecosystem coordinator's.
 */
@Component
public class EcosystemAccess implements FeatureAccess {

    private final Ecosystems ecosystems;

    EcosystemAccess(Ecosystems ecosystems) {
        this.ecosystems = ecosystems;
    }

    /** Which ecosystems there are, their regions and coordinators is public. */
    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/ecosystems", "/api/ecosystems/*");
    }

    /** Founding an ecosystem is the platform coordinator's: refused before the body is read. */
    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, "/api/ecosystems");
    }

    /** Whether the actor coordinates this ecosystem: the platform coordinator, or its coordinator organisation. */
    public boolean coordinates(String ecosystemId, Actor actor) {
        return actor.isCoordinator() || ecosystems.findById(ecosystemId)
                .map(ecosystem -> actor.actsFor(ecosystem.coordinatorOrganisationId())).orElse(false);
    }

    /** The ids of the ecosystems the organisation coordinates. */
    public Set<String> coordinatedBy(String organisationId) {
        return ecosystems.findByCoordinatorOrganisationId(organisationId).stream().map(Ecosystem::id)
                .collect(Collectors.toSet());
    }

    /**
     * For an ecosystem's coordinator-only operation: an unknown ecosystem is a 404, another actor a 403.
     *
     * @return the ecosystem
     */
    public Ecosystem requireCoordinator(String ecosystemId, Actor actor) {
        Ecosystem ecosystem = ecosystems.findById(ecosystemId)
                .orElseThrow(() -> new NotFoundException("Ecosystem", ecosystemId));
        requireCoordinator(ecosystem, actor);
        return ecosystem;
    }

    /** The same, for an ecosystem already read. */
    void requireCoordinator(Ecosystem ecosystem, Actor actor) {
        if (!actor.isCoordinator() && !actor.actsFor(ecosystem.coordinatorOrganisationId())) {
            throw new NotPermittedException("Only the coordinator of ecosystem " + ecosystem.id() + " may do this");
        }
    }
}
