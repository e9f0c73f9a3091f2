package fi.osaava.membership.identity;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with the people and clients of an organisation: the coordinator manages them. Everyone signed
 * in reads and changes their own account ({@code /api/me}). The authorization server's own endpoints (token,
 * sign-in page) have their own filter chain ({@code identity.oauth}), not these rules.
 */
@Component
public class IdentityAccess implements FeatureAccess {

    static final String[] CLIENTS_AND_USERS = {"/api/organisations/*/clients", "/api/organisations/*/clients/**",
            "/api/organisations/*/users", "/api/organisations/*/users/**"};

    /** Clients and users are the coordinator's to manage: refused before any body is read. */
    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, CLIENTS_AND_USERS)
                .and(RoleEndpoints.coordinatorOnly(HttpMethod.GET, CLIENTS_AND_USERS));
    }
}
