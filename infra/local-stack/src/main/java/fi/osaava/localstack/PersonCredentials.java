package fi.osaava.localstack;

import java.util.List;
import java.util.Objects;

/**
 * A person (a user of membership-service) of the local stack's demo data: what the login form needs,
 * and what the person's token will say. {@link #toString()} never shows the password.
 *
 * @param username     the e-mail address, lower-case, as membership-service stores it
 * @param password     the person's own password (the initial one already replaced)
 * @param organisation the organisation's name as in the demo data, or {@code coordinator} for the coordinator's staff
 * @param roles        {@code MEMBER} or {@code COORDINATOR}
 */
public record PersonCredentials(String username, String password, String organisation, List<String> roles) {

    public PersonCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(organisation, "organisation");
        roles = List.copyOf(roles);
        if (username.isBlank() || password.isBlank() || organisation.isBlank()) {
            throw new IllegalArgumentException("username, password and organisation must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PersonCredentials[username=" + username + ", password=***, organisation=" + organisation
                + ", roles=" + roles + "]";
    }
}
