package fi.osaava.kit.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A token could not be checked because its issuer's keys could not be read (the issuer away, and no keys of it
 * read before): answered 503 with {@code Retry-After}, not 401 (the token may be fine) nor 500.
 */
final class IssuerUnavailableException extends AuthenticationException {

    IssuerUnavailableException(Throwable cause) {
        super("The token's issuer cannot be reached to check its signature; try again shortly", cause);
    }
}
