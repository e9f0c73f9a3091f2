package fi.osaava.membership.identity;

import java.util.List;

/** A client just created, with the only copy of its secret there will ever be. */
public record IssuedClient(String clientId, String clientSecret, String organisationId, List<Role> roles) {
}
