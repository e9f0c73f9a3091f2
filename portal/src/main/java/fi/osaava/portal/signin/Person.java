package fi.osaava.portal.signin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as membership-service described them in the ID token: who, of which organisation, with
 * which roles. What they may do is decided by the service they ask; the portal uses this only to choose what to
 * show.
 */
public record Person(String id, String name, @Nullable String organisationId, List<String> roles) {

    public static Optional<Person> of(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        Object roles = user.getClaims().get(SecurityConfiguration.ROLES_CLAIM);
        List<String> names = roles instanceof Collection<?> given ? given.stream().map(String::valueOf).toList() : List.of();
        String name = user.getFullName() != null ? user.getFullName() : user.getSubject();
        return Optional.of(new Person(user.getSubject(), name, user.getClaimAsString(SecurityConfiguration.ORGANISATION_CLAIM),
                names));
    }

    public boolean isCoordinator() {
        return roles.contains("COORDINATOR");
    }
}
