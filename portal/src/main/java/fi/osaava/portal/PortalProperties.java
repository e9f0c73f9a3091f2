package fi.osaava.portal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal finds the services, and how long it waits for them.
 *
 * @param membership   membership-service: organisations, passive members, and the sign-in (its authorization
 *                     server's issuer must be this URL as the browser sees it)
 * @param catalogue    catalogue-service: the tray, thesis topics, networks
 * @param needs        needs-service: competence needs
 * @param notification notification-service: alert subscriptions
 * @param callTimeout  how long one call to a service may take before the page says the service is unavailable
 * @param signIn       the portal's own OAuth2 client at membership-service's authorization server
 */
@ConfigurationProperties("osaava.portal")
public record PortalProperties(
        @DefaultValue("http://localhost:8081") URI membership,
        @DefaultValue("http://localhost:8082") URI catalogue,
        @DefaultValue("http://localhost:8083") URI needs,
        @DefaultValue("http://localhost:8084") URI notification,
        @DefaultValue("5s") Duration callTimeout,
        @DefaultValue SignIn signIn) {

    /**
     * @param clientId     the confidential client registered at membership-service for the portal
     * @param clientSecret its secret; no default (the local stack generates one, production takes it from its
     *                     secret store). Without it the public pages work and signing in is refused
     */
    public record SignIn(
            @DefaultValue("osaava-portal") String clientId,
            @Nullable String clientSecret) {
    }
}
