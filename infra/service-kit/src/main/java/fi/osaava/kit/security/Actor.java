package fi.osaava.kit.security;

import java.util.Set;

import fi.osaava.kit.event.ActedBy;

/**
 * Who is calling: the organisation a token acts for and its roles, taken from the token's claims
 * ({@code org}, {@code roles}, {@code sub}) and never from the request body or path.
 */
public record Actor(String subject, String organisationId, Set<String> roles) {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String MEMBER = "MEMBER";
    public static final String SYSTEM = "SYSTEM";

    public boolean isCoordinator() {
        return roles.contains(COORDINATOR);
    }

    /** How events record this actor. */
    public ActedBy actedBy() {
        return new ActedBy(organisationId, subject);
    }

    public boolean actsFor(String organisationId) {
        return this.organisationId.equals(organisationId);
    }
}
