package fi.osaava.membership.identity.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.identity.Role;
import fi.osaava.membership.identity.User;

/** A person as the coordinator sees them: never the password or its hash. */
record UserView(String id, String username, String organisationId, List<Role> roles, Instant createdAt,
                boolean disabled, boolean initialPassword, @Nullable Instant passwordChangedAt) {

    static UserView of(User user) {
        return new UserView(user.id(), user.username(), user.organisationId(), user.roles(), user.createdAt(),
                user.disabled(), user.hasInitialPassword(), user.passwordChangedAt());
    }
}
