package fi.osaava.portal.members;

import org.jspecify.annotations.Nullable;

/**
 * A client just created, with its secret: membership-service shows the secret in that one answer only, and so does
 * the portal, in the page it renders from it. It is never put in the session, a redirect, a URL or a log.
 *
 * @param replaces the client the coordinator is replacing with this one, still valid until revoked
 */
public record IssuedClient(String clientId, String clientSecret, @Nullable String replaces) {

    /** Without its secret, for anything that might print it. */
    @Override
    public String toString() {
        return "IssuedClient[" + clientId + "]";
    }
}
