package fi.osaava.membership.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;
import fi.osaava.membership.ecosystem.EcosystemAccess;

/**
 * Who may do what with organisations: the coordinator registers them; an organisation itself (its users and
 * clients, roles MEMBER or COORDINATOR) and the coordinator manage its profile and contact persons, and anyone else
 * learns nothing of them (404); the ecosystem's coordinator decides on participations; an organisation leaves by
 * itself or is made to leave by the ecosystem's coordinator. The member list and the directory are public, with
 * more shown to members and coordinators.
 */
@Component
public class OrganisationAccess implements FeatureAccess {

    private static final List<String> ORGANISATIONS = List.of(Actor.MEMBER, Actor.COORDINATOR);

    private final EcosystemAccess ecosystems;

    OrganisationAccess(EcosystemAccess ecosystems) {
        this.ecosystems = ecosystems;
    }

    /**
     * The public member list (names, types, rings; no contact data) and directory are open to anyone. Applying needs
     * no account: the kit's write limit counts an anonymous caller's requests per remote address
     * ({@code osaava.limits.writes-per-minute}), so the form cannot be flooded from one address.
     */
    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/organisations", "/api/organisations/*", "/api/directory")
                .and(new PublicEndpoints(List.of(
                        new PublicEndpoints.Endpoint(HttpMethod.POST, "/api/ecosystems/*/applications"))));
    }

    /**
     * Only the coordinator registers organisations; only organisations (not a {@code SYSTEM} client) change a
     * profile or contact persons. Refused before the body is read.
     */
    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, "/api/organisations")
                .and(RoleEndpoints.of(HttpMethod.PUT, ORGANISATIONS, "/api/organisations/*/profile"))
                .and(RoleEndpoints.of(HttpMethod.POST, ORGANISATIONS, "/api/organisations/*/contacts"))
                .and(RoleEndpoints.of(HttpMethod.DELETE, ORGANISATIONS, "/api/organisations/*/contacts/*"));
    }

    /** Whether the actor reads an organisation's whole record and every contact person: itself or the coordinator. */
    public boolean readsWhole(String organisationId, Optional<Actor> actor) {
        return actor.map(a -> a.isCoordinator() || a.actsFor(organisationId)).orElse(false);
    }

    /** Whether the actor reads every organisation of the member list, not only the active ones: the coordinator. */
    public boolean readsEveryOrganisation(Optional<Actor> actor) {
        return actor.map(Actor::isCoordinator).orElse(false);
    }

    /**
     * Changing an organisation's profile or contact persons: itself or the coordinator; anyone else learns nothing
     * (404, as if it did not exist).
     */
    public void requireManageable(String organisationId, Actor actor) {
        if (!actor.isCoordinator() && !actor.actsFor(organisationId)) {
            throw new NotFoundException("Organisation", organisationId);
        }
    }

    /** Deciding on participations in an ecosystem: its coordinator; an unknown ecosystem is a 404, anyone else a 403. */
    public void requireDecider(String ecosystemId, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
    }

    /** Leaving an ecosystem: the organisation itself, or the ecosystem's coordinator (anyone else a 403). */
    public void requireMayLeave(String ecosystemId, String organisationId, Actor actor) {
        if (!actor.actsFor(organisationId)) {
            ecosystems.requireCoordinator(ecosystemId, actor);
        }
    }

    /**
     * What each organisation of the directory shows the actor ({@link DirectoryAudience}): the coordinator of an
     * ecosystem the organisation is active in (of the one asked for, when one is) sees it whole.
     */
    public Function<Organisation, DirectoryAudience> directoryAudience(Optional<Actor> actor,
                                                                      @Nullable String ecosystemId) {
        if (actor.isEmpty()) {
            return organisation -> DirectoryAudience.PUBLIC;
        }
        Actor reader = actor.get();
        Set<String> coordinated = ecosystems.coordinatedBy(reader.organisationId());
        DirectoryAudience otherwise = reader.roles().contains(Actor.MEMBER) ? DirectoryAudience.MEMBER
                : DirectoryAudience.PUBLIC;
        return organisation -> {
            boolean coordinates = reader.isCoordinator() || organisation.participations().stream()
                    .filter(Participation::isActive).map(Participation::ecosystemId)
                    .filter(id -> ecosystemId == null || id.equals(ecosystemId)).anyMatch(coordinated::contains);
            return coordinates ? DirectoryAudience.COORDINATOR : otherwise;
        };
    }
}
