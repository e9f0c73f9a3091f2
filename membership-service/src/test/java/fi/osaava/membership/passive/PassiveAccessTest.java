package fi.osaava.membership.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;
import fi.osaava.membership.ecosystem.EcosystemAccess;

class PassiveAccessTest {

    static final Actor HOIVA = new Actor("hoiva-user", "hoiva", Set.of(Actor.MEMBER));

    final EcosystemAccess ecosystems = mock(EcosystemAccess.class);
    final PassiveAccess access = new PassiveAccess(ecosystems);

    @Test
    void joiningConfirmingAndLeavingNeedNoAccountButListingIsNotPublic() {
        assertThat(access.publicEndpoints().endpoints()).containsExactly(
                new Endpoint(HttpMethod.POST, "/api/ecosystems/*/passive-members"),
                new Endpoint(HttpMethod.GET, "/api/passive-members/confirm"),
                new Endpoint(HttpMethod.POST, "/api/passive-members/confirm"),
                new Endpoint(HttpMethod.GET, "/api/passive-members/leave"),
                new Endpoint(HttpMethod.POST, "/api/passive-members/leave"));
        assertThat(access.roleEndpoints().rules()).isEmpty();
    }

    @Test
    void listingAndErasingAreTheEcosystemCoordinators() {
        doThrow(new NotPermittedException("no")).when(ecosystems).requireCoordinator("pohjois-savo", HOIVA);

        assertThatThrownBy(() -> access.requireCoordinator("pohjois-savo", HOIVA))
                .isInstanceOf(NotPermittedException.class);
    }
}
