package fi.osaava.membership.governance;

import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;
import fi.osaava.membership.ecosystem.EcosystemAccess;

/**
 * Who may do what in an ecosystem's governance. Its annual clock is public; its meetings (places, links,
 * proposals) are for anyone signed in. The ecosystem's coordinator keeps both; its core actors propose agenda
 * items; a proposal is seen by the coordinator and by the organisation that made it.
 */
@Component
public class GovernanceAccess implements FeatureAccess {

    private final EcosystemAccess ecosystems;
    private final CoreActors coreActors;

    GovernanceAccess(EcosystemAccess ecosystems, CoreActors coreActors) {
        this.ecosystems = ecosystems;
        this.coreActors = coreActors;
    }

    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/ecosystems/*/annual-clock", "/api/ecosystems/*/annual-clock/entries",
                "/api/ecosystems/*/annual-clock/entries/*");
    }

    /** No role rules: what a meeting or an entry allows depends on the ecosystem, checked by the methods below. */
    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.NONE;
    }

    /** Keeping the ecosystem's meetings and annual clock: an unknown ecosystem is a 404, anyone else a 403. */
    public void requireCoordinator(String ecosystemId, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
    }

    /** Proposing an agenda item: a core actor of the ecosystem only, anyone else a 403. */
    public void requireCoreActor(String ecosystemId, Actor actor) {
        if (!coreActors.isCoreActor(ecosystemId, actor.organisationId())) {
            throw new NotPermittedException("Only core actors of ecosystem " + ecosystemId + " propose agenda items");
        }
    }

    /** Whether a meeting's proposal is shown to the actor: the ecosystem's coordinator and its proposer see it. */
    public boolean maySeeProposal(boolean actorCoordinates, String proposedByOrganisationId, Actor actor) {
        return actorCoordinates || actor.actsFor(proposedByOrganisationId);
    }

    /** Whether the actor coordinates the ecosystem (asked once per meeting shown). */
    public boolean coordinates(String ecosystemId, Actor actor) {
        return ecosystems.coordinates(ecosystemId, actor);
    }
}
