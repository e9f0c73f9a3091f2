package fi.osaava.membership.identity.web;

import java.time.Instant;
import java.util.List;

import fi.osaava.membership.identity.Client;
import fi.osaava.membership.identity.Role;

/** A client as listed: never its secret or hash. */
record ClientView(String clientId, String organisationId, List<Role> roles, Instant createdAt, boolean revoked) {

    static ClientView of(Client client) {
        return new ClientView(client.clientId(), client.organisationId(), client.roles(), client.createdAt(),
                client.revoked());
    }
}
