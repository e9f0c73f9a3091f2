package fi.osaava.catalogue.feed;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/** Who may use the provider feeds' API: Kafka credentials are the coordinator's to hand out. */
@Component
class FeedAccess implements FeatureAccess {

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, "/api/feeds/*/credentials");
    }
}
