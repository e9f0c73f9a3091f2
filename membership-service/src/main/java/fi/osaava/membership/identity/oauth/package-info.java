/**
 * The embedded Spring Authorization Server: its endpoints, its signing key in MongoDB and the
 * Osaava claims in every access token.
 */
@NullMarked
package fi.osaava.membership.identity.oauth;

import org.jspecify.annotations.NullMarked;
