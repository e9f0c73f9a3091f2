package fi.osaava.catalogue.thesis;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with thesis topics. Anyone finds and reads them; a member organisation (or the coordinator)
 * offers them, and only the hosting organisation changes one: to anyone else it is not there to change (404).
 */
@Component
class ThesisAccess implements FeatureAccess {

    static final List<String> MEMBER_OR_COORDINATOR = List.of(Actor.MEMBER, Actor.COORDINATOR);

    @Override
    public PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/thesis-topics", "/api/thesis-topics/*");
    }

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, MEMBER_OR_COORDINATOR, "/api/thesis-topics", "/api/thesis-topics/*/status")
                .and(RoleEndpoints.of(HttpMethod.PUT, MEMBER_OR_COORDINATOR, "/api/thesis-topics/*"));
    }

    /** Only the hosting organisation revises a topic or changes its status. */
    void requireHost(ThesisTopic topic, String organisationId) {
        if (!topic.organisationId().equals(organisationId)) {
            throw new NotFoundException("Thesis topic", topic.id());
        }
    }
}
