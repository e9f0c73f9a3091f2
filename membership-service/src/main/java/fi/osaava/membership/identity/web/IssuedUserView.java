package fi.osaava.membership.identity.web;

import fi.osaava.membership.identity.IssuedUser;

/** The answer to creating a person: the one and only time the initial password is shown. */
record IssuedUserView(String username, String initialPassword) {

    static IssuedUserView of(IssuedUser user) {
        return new IssuedUserView(user.username(), user.initialPassword());
    }
}
