package fi.osaava.kit.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The current request's {@link Actor}. */
public final class Actors {

    private Actors() {
    }

    /** The authenticated actor; only call where the security rules already demand a token. */
    public static Actor current() {
        return optional().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }

    public static Optional<Actor> optional() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    public static Actor of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String organisation = jwt.getClaimAsString("org");
        return new Actor(jwt.getSubject() == null ? "" : jwt.getSubject(), organisation == null ? "" : organisation,
                roles == null ? Set.of() : Set.copyOf(new HashSet<>(roles)));
    }
}
