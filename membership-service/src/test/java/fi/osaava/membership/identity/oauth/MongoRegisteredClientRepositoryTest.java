package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import fi.osaava.membership.identity.Client;
import fi.osaava.membership.identity.ClientManagement;
import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.Role;

class MongoRegisteredClientRepositoryTest {

    final ClientManagement clients = mock(ClientManagement.class);
    final MongoRegisteredClientRepository repository = new MongoRegisteredClientRepository(clients,
            new IdentityProperties("http://localhost:8081", "osaava", Duration.ofMinutes(10),
                    new IdentityProperties.Coordinator("coordinator", null, "coordinator")));

    @Test
    @SuppressWarnings("unchecked")
    void aClientMayOnlyUseClientCredentialsAndCarriesItsOrganisationAndRoles() {
        Client client = client(false);
        when(clients.find("system-1")).thenReturn(Optional.of(client));

        RegisteredClient registered = repository.findByClientId("system-1");

        assertThat(registered).isNotNull();
        assertThat(registered.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(registered.getClientSecret()).isEqualTo("{bcrypt}hash");
        assertThat(registered.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(10));
        assertThat((String) registered.getClientSettings().getSetting(MongoRegisteredClientRepository.ORGANISATION_SETTING))
                .isEqualTo("org-1");
        assertThat((List<String>) registered.getClientSettings().getSetting(MongoRegisteredClientRepository.ROLES_SETTING))
                .containsExactly("SYSTEM", "MEMBER");
    }

    @Test
    void aRevokedClientIsUnknown() {
        Client revoked = client(true);
        when(clients.find("system-1")).thenReturn(Optional.of(revoked));

        assertThat(repository.findByClientId("system-1")).isNull();
        assertThat(repository.findById("system-1")).isNull();
    }

    private static Client client(boolean revoked) {
        Client client = mock(Client.class);
        when(client.clientId()).thenReturn("system-1");
        when(client.secretHash()).thenReturn("{bcrypt}hash");
        when(client.organisationId()).thenReturn("org-1");
        when(client.roles()).thenReturn(List.of(Role.SYSTEM, Role.MEMBER));
        when(client.createdAt()).thenReturn(Instant.parse("2026-01-15T10:00:00Z"));
        when(client.revoked()).thenReturn(revoked);
        return client;
    }
}
