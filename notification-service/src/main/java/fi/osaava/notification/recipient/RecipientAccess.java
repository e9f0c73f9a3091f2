package fi.osaava.notification.recipient;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/** The recipient directory is the coordinator's: no other role reads it. */
@Component
public class RecipientAccess implements FeatureAccess {

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.GET, "/api/recipients", "/api/recipients/**");
    }
}
