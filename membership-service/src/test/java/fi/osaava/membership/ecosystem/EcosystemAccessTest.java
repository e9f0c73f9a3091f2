package fi.osaava.membership.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

class EcosystemAccessTest {

    static final Actor PLATFORM = new Actor("pshva-user", "pshva", Set.of(Actor.COORDINATOR));
    static final Actor SAVONIA = new Actor("savonia-user", "savonia", Set.of(Actor.MEMBER));
    static final Actor OTHER = new Actor("other-user", "other", Set.of(Actor.MEMBER));

    final Ecosystems ecosystems = mock(Ecosystems.class);
    final EcosystemAccess access = new EcosystemAccess(ecosystems);

    @BeforeEach
    void pohjoisSavoIsCoordinatedBySavonia() {
        Ecosystem ecosystem = Ecosystem.found("pohjois-savo", new EcosystemProfile("Pohjois-Savo", "", List.of("11"),
                "savonia"), Instant.parse("2026-01-01T00:00:00Z"), new ActedBy("pshva", "pshva-user"));
        when(ecosystems.findById("pohjois-savo")).thenReturn(Optional.of(ecosystem));
        when(ecosystems.findById("nowhere")).thenReturn(Optional.empty());
        when(ecosystems.findByCoordinatorOrganisationId("savonia")).thenReturn(List.of(ecosystem));
    }

    @Test
    void onlyThePlatformCoordinatorFoundsEcosystemsAndAnyoneReadsThem() {
        assertThat(access.roleEndpoints().rules()).containsExactly(
                new RoleEndpoints.Rule(HttpMethod.POST, "/api/ecosystems", List.of(Actor.COORDINATOR)));
        assertThat(access.publicEndpoints().endpoints()).containsExactly(
                new PublicEndpoints.Endpoint(HttpMethod.GET, "/api/ecosystems"),
                new PublicEndpoints.Endpoint(HttpMethod.GET, "/api/ecosystems/*"));
    }

    @Test
    void theEcosystemsCoordinatorOrganisationAndThePlatformCoordinatorCoordinateIt() {
        assertThat(access.coordinates("pohjois-savo", SAVONIA)).isTrue();
        assertThat(access.coordinates("pohjois-savo", PLATFORM)).isTrue();
        assertThat(access.coordinates("pohjois-savo", OTHER)).isFalse();
        assertThat(access.coordinates("nowhere", SAVONIA)).isFalse();
        assertThat(access.coordinates("nowhere", PLATFORM)).isTrue();
        assertThat(access.coordinatedBy("savonia")).containsExactly("pohjois-savo");
    }

    @Test
    void aCoordinatorsOperationIsRefusedToAnotherOrganisationAndAnUnknownEcosystemIsNotFound() {
        assertThat(access.requireCoordinator("pohjois-savo", SAVONIA).id()).isEqualTo("pohjois-savo");
        assertThat(access.requireCoordinator("pohjois-savo", PLATFORM).id()).isEqualTo("pohjois-savo");
        assertThatThrownBy(() -> access.requireCoordinator("pohjois-savo", OTHER))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.requireCoordinator("nowhere", PLATFORM)).isInstanceOf(NotFoundException.class);
    }
}
