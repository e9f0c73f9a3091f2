package fi.osaava.membership.passive;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;
import fi.osaava.kit.security.RoleEndpoints;
import fi.osaava.membership.ecosystem.EcosystemAccess;

/**
 * Who may do what with passive members: anyone joins, confirms and leaves (by the links of the mails); only the
 * ecosystem's coordinator lists and erases them.
 */
@Component
public class PassiveAccess implements FeatureAccess {

    private final EcosystemAccess ecosystems;

    PassiveAccess(EcosystemAccess ecosystems) {
        this.ecosystems = ecosystems;
    }

    /**
     * Joining, confirming and leaving need no account: the links come from mails. Like every write without a
     * token they are counted per remote address by the kit's {@code osaava.limits.writes-per-minute}.
     */
    @Override
    public PublicEndpoints publicEndpoints() {
        return new PublicEndpoints(List.of(
                new Endpoint(HttpMethod.POST, "/api/ecosystems/*/passive-members"),
                new Endpoint(HttpMethod.GET, "/api/passive-members/confirm"),
                new Endpoint(HttpMethod.POST, "/api/passive-members/confirm"),
                new Endpoint(HttpMethod.GET, "/api/passive-members/leave"),
                new Endpoint(HttpMethod.POST, "/api/passive-members/leave")));
    }

    /** No role rules: listing and erasing depend on the ecosystem ({@link #requireCoordinator}). */
    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.NONE;
    }

    /** Listing and erasing an ecosystem's passive members: an unknown ecosystem is a 404, anyone else a 403. */
    public void requireCoordinator(String ecosystemId, Actor actor) {
        ecosystems.requireCoordinator(ecosystemId, actor);
    }
}
