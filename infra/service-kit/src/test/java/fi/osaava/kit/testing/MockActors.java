package fi.osaava.kit.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** For MockMvc slices: a request authenticated as an organisation's user or system, as a real token would. */
public final class MockActors {

    private MockActors() {
    }

    public static RequestPostProcessor actingFor(String organisationId, String... roles) {
        return jwt().jwt(token -> token.subject("user-of-" + organisationId).claim("org", organisationId)
                        .claim("roles", List.of(roles)))
                .authorities(Arrays.stream(roles).map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }
}
