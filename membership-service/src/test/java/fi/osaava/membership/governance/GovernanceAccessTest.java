package fi.osaava.membership.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.membership.ecosystem.EcosystemAccess;

class GovernanceAccessTest {

    static final Actor SAVONIA = new Actor("savonia-user", "savonia", Set.of(Actor.MEMBER));
    static final Actor HOIVA = new Actor("hoiva-user", "hoiva", Set.of(Actor.MEMBER));

    final EcosystemAccess ecosystems = mock(EcosystemAccess.class);
    final GovernanceAccess access = new GovernanceAccess(ecosystems,
            (ecosystemId, organisationId) -> ecosystemId.equals("pohjois-savo") && organisationId.equals("savonia"));

    @Test
    void theAnnualClockIsPublicAndNoRoleRuleIsNeeded() {
        assertThat(access.publicEndpoints().endpoints()).extracting(PublicEndpoints.Endpoint::pattern).containsExactly(
                "/api/ecosystems/*/annual-clock", "/api/ecosystems/*/annual-clock/entries",
                "/api/ecosystems/*/annual-clock/entries/*");
        assertThat(access.publicEndpoints().endpoints()).extracting(PublicEndpoints.Endpoint::method)
                .containsOnly(HttpMethod.GET);
        assertThat(access.roleEndpoints().rules()).isEmpty();
    }

    @Test
    void onlyCoreActorsProposeAgendaItems() {
        access.requireCoreActor("pohjois-savo", SAVONIA);

        assertThatThrownBy(() -> access.requireCoreActor("pohjois-savo", HOIVA))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.requireCoreActor("pirkanmaa", SAVONIA))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void keepingMeetingsAndTheClockIsTheEcosystemCoordinatorsRule() {
        doThrow(new NotPermittedException("no")).when(ecosystems).requireCoordinator("pohjois-savo", HOIVA);

        access.requireCoordinator("pohjois-savo", SAVONIA);
        assertThatThrownBy(() -> access.requireCoordinator("pohjois-savo", HOIVA))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aProposalIsSeenByTheCoordinatorAndByItsProposerOnly() {
        when(ecosystems.coordinates("pohjois-savo", SAVONIA)).thenReturn(true);

        assertThat(access.coordinates("pohjois-savo", SAVONIA)).isTrue();
        assertThat(access.coordinates("pohjois-savo", HOIVA)).isFalse();
        assertThat(access.maySeeProposal(true, "hoiva", SAVONIA)).isTrue();
        assertThat(access.maySeeProposal(false, "hoiva", HOIVA)).isTrue();
        assertThat(access.maySeeProposal(false, "hoiva", SAVONIA)).isFalse();
    }
}
