/**
 * Signing in: the portal is a confidential OpenID Connect client of membership-service (authorization code with
 * PKCE). Tokens stay on this server; the browser holds only the session cookie. Also the security headers every
 * page gets.
 */
@NullMarked
package fi.osaava.portal.signin;

import org.jspecify.annotations.NullMarked;
