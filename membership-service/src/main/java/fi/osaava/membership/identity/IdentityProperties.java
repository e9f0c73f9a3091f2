package fi.osaava.membership.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server's settings.
 *
 * @param issuer        the {@code iss} of every token, and the base of the discovery metadata
 * @param audience      the {@code aud} of every access token: the Osaava APIs as a whole
 * @param tokenLifetime how long an access token is valid
 * @param coordinator   the client the coordinator starts with
 */
@ConfigurationProperties("osaava.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:8081") String issuer,
        @DefaultValue("osaava") String audience,
        @DefaultValue("15m") Duration tokenLifetime,
        @DefaultValue Coordinator coordinator) {

    /**
     * @param clientSecret without it no coordinator client is created; the local stack generates one at
     *                     first start, production takes it from its secret store
     */
    public record Coordinator(
            @DefaultValue("coordinator") String clientId,
            @Nullable String clientSecret,
            @DefaultValue("coordinator") String organisationId) {
    }
}
