package fi.osaava.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class RolesFromClaimsTest {

    @Test
    void theRolesClaimOfTheIdTokenBecomesRoleAuthorities() {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "user-1", "roles", List.of("MEMBER", "COORDINATOR"), "org", "org-1"));

        Set<String> names = SecurityConfiguration.rolesFromClaims()
                .mapAuthorities(List.of(new OidcUserAuthority(token)))
                .stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());

        assertThat(names).contains("ROLE_MEMBER", "ROLE_COORDINATOR", "OIDC_USER");
    }

    @Test
    void aTokenWithoutRolesGivesNoRole() {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "user-1"));

        assertThat(SecurityConfiguration.rolesFromClaims().mapAuthorities(List.of(new OidcUserAuthority(token))))
                .extracting(GrantedAuthority::getAuthority).noneMatch(name -> name.startsWith("ROLE_"));
    }
}
