package fi.osaava.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.RoleEndpoints.Rule;

class IdentityAccessTest {

    final IdentityAccess access = new IdentityAccess();

    @Test
    void onlyTheCoordinatorReadsOrWritesAnOrganisationsClientsAndUsers() {
        List<Rule> rules = access.roleEndpoints().rules();

        assertThat(rules).allSatisfy(rule -> assertThat(rule.roles()).containsExactly(Actor.COORDINATOR));
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.GET)) {
            assertThat(rules).filteredOn(rule -> rule.method().equals(method)).extracting(Rule::pattern)
                    .containsExactly("/api/organisations/*/clients", "/api/organisations/*/clients/**",
                            "/api/organisations/*/users", "/api/organisations/*/users/**");
        }
        assertThat(rules).hasSize(8);
        assertThat(access.publicEndpoints().endpoints()).isEmpty();
    }
}
