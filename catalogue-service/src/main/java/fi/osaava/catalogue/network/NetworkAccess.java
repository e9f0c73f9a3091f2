package fi.osaava.catalogue.network;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with expert networks. Anyone finds and reads them; a member organisation (or the coordinator)
 * starts them, and only the hosting organisation changes one: to anyone else it is not there to change (404).
 */
@Component
class NetworkAccess implements FeatureAccess {

    static final List<String> MEMBER_OR_COORDINATOR = List.of(Actor.MEMBER, Actor.COORDINATOR);

    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/networks", "/api/networks/*");
    }

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, MEMBER_OR_COORDINATOR, "/api/networks", "/api/networks/*/close")
                .and(RoleEndpoints.of(HttpMethod.PUT, MEMBER_OR_COORDINATOR, "/api/networks/*"));
    }

    /** Only the hosting organisation revises a network or changes its status. */
    void requireHost(ExpertNetwork network, String organisationId) {
        if (!network.organisationId().equals(organisationId)) {
            throw new NotFoundException("Network", network.id());
        }
    }
}
