package fi.osaava.membership.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;
import fi.osaava.kit.security.RoleEndpoints.Rule;
import fi.osaava.membership.ecosystem.EcosystemAccess;

class OrganisationAccessTest {

    static final Actor PLATFORM = new Actor("pshva-user", "pshva", Set.of(Actor.COORDINATOR));
    static final Actor SAVONIA = new Actor("savonia-user", "savonia", Set.of(Actor.MEMBER));
    static final Actor HOIVA = new Actor("hoiva-user", "hoiva", Set.of(Actor.MEMBER));
    static final Actor HOIVA_SYSTEM = new Actor("hoiva-client", "hoiva", Set.of(Actor.SYSTEM));

    final EcosystemAccess ecosystems = mock(EcosystemAccess.class);
    final OrganisationAccess access = new OrganisationAccess(ecosystems);

    @Test
    void theCoordinatorRegistersAndOnlyOrganisationsNotTheirSystemsChangeProfilesAndContacts() {
        List<String> organisations = List.of(Actor.MEMBER, Actor.COORDINATOR);
        assertThat(access.roleEndpoints().rules()).containsExactly(
                new Rule(HttpMethod.POST, "/api/organisations", List.of(Actor.COORDINATOR)),
                new Rule(HttpMethod.PUT, "/api/organisations/*/profile", organisations),
                new Rule(HttpMethod.POST, "/api/organisations/*/contacts", organisations),
                new Rule(HttpMethod.DELETE, "/api/organisations/*/contacts/*", organisations));
    }

    @Test
    void theMemberListTheDirectoryAndApplyingArePublic() {
        assertThat(access.publicEndpoints().endpoints()).containsExactly(
                new Endpoint(HttpMethod.GET, "/api/organisations"),
                new Endpoint(HttpMethod.GET, "/api/organisations/*"),
                new Endpoint(HttpMethod.GET, "/api/directory"),
                new Endpoint(HttpMethod.POST, "/api/ecosystems/*/applications"));
    }

    @Test
    void anOrganisationsRecordIsManagedByItselfAndTheCoordinatorAndHiddenFromOthers() {
        access.requireManageable("hoiva", HOIVA);
        access.requireManageable("hoiva", HOIVA_SYSTEM);
        access.requireManageable("hoiva", PLATFORM);
        assertThatThrownBy(() -> access.requireManageable("hoiva", SAVONIA)).isInstanceOf(NotFoundException.class);

        assertThat(access.readsWhole("hoiva", Optional.of(HOIVA))).isTrue();
        assertThat(access.readsWhole("hoiva", Optional.of(PLATFORM))).isTrue();
        assertThat(access.readsWhole("hoiva", Optional.of(SAVONIA))).isFalse();
        assertThat(access.readsWhole("hoiva", Optional.empty())).isFalse();
        assertThat(access.readsEveryOrganisation(Optional.of(PLATFORM))).isTrue();
        assertThat(access.readsEveryOrganisation(Optional.of(SAVONIA))).isFalse();
        assertThat(access.readsEveryOrganisation(Optional.empty())).isFalse();
    }

    @Test
    void theEcosystemsCoordinatorDecidesAndAnOrganisationLeavesByItselfOrByTheCoordinator() {
        doThrow(new NotPermittedException("no")).when(ecosystems).requireCoordinator("pohjois-savo", HOIVA);

        access.requireDecider("pohjois-savo", SAVONIA);
        assertThatThrownBy(() -> access.requireDecider("pohjois-savo", HOIVA)).isInstanceOf(NotPermittedException.class);
        access.requireMayLeave("pohjois-savo", "hoiva", HOIVA);
        access.requireMayLeave("pohjois-savo", "savonia", SAVONIA);
        assertThatThrownBy(() -> access.requireMayLeave("pohjois-savo", "savonia", HOIVA))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theDirectoryShowsAnOrganisationWholeToTheCoordinatorOfAnEcosystemItIsActiveIn() {
        when(ecosystems.coordinatedBy("savonia")).thenReturn(Set.of("pohjois-savo"));
        when(ecosystems.coordinatedBy("hoiva")).thenReturn(Set.of());
        Organisation active = activeIn("pohjois-savo");
        Organisation elsewhere = activeIn("pirkanmaa");

        Function<Organisation, DirectoryAudience> coordinator = access.directoryAudience(Optional.of(SAVONIA), null);
        assertThat(coordinator.apply(active)).isEqualTo(DirectoryAudience.COORDINATOR);
        assertThat(coordinator.apply(elsewhere)).isEqualTo(DirectoryAudience.MEMBER);
        assertThat(access.directoryAudience(Optional.of(SAVONIA), "pirkanmaa").apply(active))
                .isEqualTo(DirectoryAudience.MEMBER);
        assertThat(access.directoryAudience(Optional.of(PLATFORM), null).apply(elsewhere))
                .isEqualTo(DirectoryAudience.COORDINATOR);
        assertThat(access.directoryAudience(Optional.of(HOIVA), null).apply(active)).isEqualTo(DirectoryAudience.MEMBER);
        assertThat(access.directoryAudience(Optional.of(HOIVA_SYSTEM), null).apply(active))
                .isEqualTo(DirectoryAudience.PUBLIC);
        assertThat(access.directoryAudience(Optional.empty(), null).apply(active)).isEqualTo(DirectoryAudience.PUBLIC);
    }

    static Organisation activeIn(String ecosystemId) {
        return Organisation.register(OrganisationParticipationTest.profile(Ring.MIDDLE), ecosystemId,
                Instant.parse("2026-03-01T10:00:00Z"), new ActedBy("pshva", "pshva-user"));
    }
}
