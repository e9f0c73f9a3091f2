package fi.osaava.catalogue.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.network.ExpertNetwork;
import fi.osaava.catalogue.network.NetworkDraft;
import fi.osaava.catalogue.network.NetworkKind;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

class HostedItemAccessTest {

    final HostedItemAccess access = new HostedItemAccess("/api/networks", "close", "Network") {
    };

    final ExpertNetwork network = ExpertNetwork.start("org-host", new NetworkDraft("Haavanhoidon verkosto",
            NetworkKind.EXPERT, "Asiantuntijat jakavat osaamistaan", "Ota yhteyttä", List.of("medication-safety"),
            List.of("11"), "fi", new ContactPerson("Hanna Host", "hanna@host.example.fi")), Instant.EPOCH);

    @Test
    void onlyTheHostChangesAnItemToAnyoneElseItIsNotThere() {
        assertThatCode(() -> access.requireHost(network, "org-host")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireHost(network, "org-other")).isInstanceOf(NotFoundException.class)
                .hasMessage("Network " + network.id() + " does not exist");
    }

    @Test
    void anyoneReadsAndMembersOrTheCoordinatorAddReviseAndChangeTheStatus() {
        assertThat(access.publicEndpoints().endpoints()).containsExactly(
                new PublicEndpoints.Endpoint(HttpMethod.GET, "/api/networks"),
                new PublicEndpoints.Endpoint(HttpMethod.GET, "/api/networks/*"));
        List<String> memberOrCoordinator = List.of(Actor.MEMBER, Actor.COORDINATOR);
        assertThat(access.roleEndpoints().rules()).containsExactly(
                new RoleEndpoints.Rule(HttpMethod.POST, "/api/networks", memberOrCoordinator),
                new RoleEndpoints.Rule(HttpMethod.POST, "/api/networks/*/close", memberOrCoordinator),
                new RoleEndpoints.Rule(HttpMethod.PUT, "/api/networks/*", memberOrCoordinator));
    }
}
