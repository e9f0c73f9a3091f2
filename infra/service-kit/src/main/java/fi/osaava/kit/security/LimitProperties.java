package fi.osaava.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one client may make a service do.
 *
 * @param writesPerMinute state-changing requests (anything but GET, HEAD, OPTIONS) one token subject
 *                        may make per minute; more are answered 429 with Retry-After
 * @param maxRequestBody  the largest request body accepted; larger ones are answered 413
 * @param tokenRequestsPerMinute token requests and logins (POSTs, each a password-hash check) one address may make to an
 *                               authorization server per minute
 */
@ConfigurationProperties("osaava.limits")
public record LimitProperties(
        @DefaultValue("120") int writesPerMinute,
        @DefaultValue("2MB") DataSize maxRequestBody,
        @DefaultValue("60") int tokenRequestsPerMinute) {
}
