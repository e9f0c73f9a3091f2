package fi.osaava.membership.identity.web;

import java.util.List;

import fi.osaava.membership.identity.IssuedClient;
import fi.osaava.membership.identity.Role;

/** The answer to creating a client: the one and only time its secret is shown. */
record IssuedClientView(String clientId, String clientSecret, String organisationId, List<Role> roles) {

    static IssuedClientView of(IssuedClient client) {
        return new IssuedClientView(client.clientId(), client.clientSecret(), client.organisationId(), client.roles());
    }
}
