package fi.osaava.portal.members;

import java.time.Instant;
import java.util.List;

/** An organisation's system client as membership-service lists it: never its secret. */
public record SystemClient(String clientId, List<String> roles, Instant createdAt, boolean revoked) {

    public SystemClient {
        roles = roles == null ? List.of() : roles;
    }
}
