package fi.osaava.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * People signed in to the portal in MockMvc tests, with the claims membership-service's ID token carries and the
 * authorities the portal maps from them ({@code roles} → {@code ROLE_…}).
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** The county's coordinator (organisation {@code org-county}). */
    public static OidcLoginRequestPostProcessor coordinator() {
        return person("coordinator-1", "org-county", "MEMBER", "COORDINATOR");
    }

    /** A member of a small producer (organisation {@code org-kotihoito}). */
    public static OidcLoginRequestPostProcessor member() {
        return person("user-1", "org-kotihoito", "MEMBER");
    }

    public static OidcLoginRequestPostProcessor person(String subject, String organisationId, String... roles) {
        return oidcLogin()
                .idToken(token -> token.subject(subject).claim("org", organisationId).claim("roles", List.of(roles))
                        .claim("name", subject))
                .authorities(java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toArray(SimpleGrantedAuthority[]::new));
    }
}
