/**
 * Who may call the Osaava APIs: the clients the authorization server issues tokens to, each acting
 * for one organisation with its roles. Machine clients (client credentials) for now; people log in later.
 */
@NullMarked
package fi.osaava.membership.identity;

import org.jspecify.annotations.NullMarked;
