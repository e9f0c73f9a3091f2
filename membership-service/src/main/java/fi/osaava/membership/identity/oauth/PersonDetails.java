package fi.osaava.membership.identity.oauth;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import fi.osaava.membership.identity.UserManagement;

/**
 * The form login's view of the {@code users} collection: a disabled person cannot log in. The
 * organisation and roles are not read here but by {@link OsaavaTokenClaims} when a token is issued.
 */
@Component
class PersonDetails implements UserDetailsService, UserDetailsPasswordService {

    private final UserManagement users;

    PersonDetails(UserManagement users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        fi.osaava.membership.identity.User user = users.findByUsername(username)
                // the message ends up in no response; it carries no address all the same
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(user.disabled())
                .credentialsExpired(users.initialPasswordExpired(user))
                .authorities(user.roles().stream().map(role -> "ROLE_" + role.name()).toArray(String[]::new))
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.storeUpgradedPasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
