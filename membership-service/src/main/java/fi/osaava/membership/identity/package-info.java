/**
 * Who may call the Osaava APIs: the clients the authorization server issues tokens to, each acting
 * for one organisation with its roles. Machine clients (client credentials) and people (users, who log in with a form for an authorization
 * code with PKCE through the public web client).
 */
@NullMarked
package fi.osaava.membership.identity;

import org.jspecify.annotations.NullMarked;
