package fi.osaava.membership.identity;

import java.util.List;

/** A person just created, with the only copy of the initial password there will ever be. */
public record IssuedUser(String id, String username, String initialPassword, String organisationId, List<Role> roles) {
}
