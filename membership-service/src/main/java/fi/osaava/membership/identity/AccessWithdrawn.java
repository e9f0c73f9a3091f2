package fi.osaava.membership.identity;

/**
 * A client was revoked or a person disabled: the authorization server forgets what it still holds for
 * this principal (the client id, or the person's username), so introspection stops passing it.
 */
public record AccessWithdrawn(String principalName) {
}
