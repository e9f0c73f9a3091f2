package fi.osaava.needs.foresight;

import org.springframework.stereotype.Component;

import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may read foresight, in one place: any caller with a valid token (a member, the coordinator or a system
 * client), as for reading the needs it is made of. Nothing is open without a token, and no report is gated by role.
 */
@Component
public class ForesightAccess implements FeatureAccess {

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.NONE;
    }
}
