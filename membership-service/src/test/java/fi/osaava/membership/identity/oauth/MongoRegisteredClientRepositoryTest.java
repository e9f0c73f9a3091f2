package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import fi.osaava.membership.identity.Client;
import fi.osaava.membership.identity.ClientManagement;
import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.Role;

class MongoRegisteredClientRepositoryTest {

    final ClientManagement clients = mock(ClientManagement.class);
    final MongoRegisteredClientRepository repository = new MongoRegisteredClientRepository(clients,
            new IdentityProperties("http://localhost:8081", "osaava", Duration.ofMinutes(10),
                    new IdentityProperties.Coordinator("coordinator", null, "coordinator")),
            PasswordEncoderFactories.createDelegatingPasswordEncoder());

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

    @Test
    void thePortalClientExistsOnlyWithASecretAndKeepsOnlyItsHash() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        IdentityProperties.PortalClient portal = portal("portal-secret");
        MongoRegisteredClientRepository withPortal = new MongoRegisteredClientRepository(clients,
                withPortal(portal), encoder);

        RegisteredClient registered = withPortal.findByClientId("osaava-portal");

        assertThat(registered).isNotNull();
        assertThat(registered.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registered.getAuthorizationGrantTypes())
                .containsExactlyInAnyOrder(AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(registered.getClientSecret()).startsWith("{bcrypt}").doesNotContain("portal-secret");
        assertThat(encoder.matches("portal-secret", registered.getClientSecret())).isTrue();
        assertThat(registered.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(registered.getPostLogoutRedirectUris()).containsExactly("http://localhost:8080/");
        assertThat(registered.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(registered.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(registered.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(10));
        assertThat(registered.getTokenSettings().getRefreshTokenTimeToLive()).isEqualTo(Duration.ofHours(8));
        assertThat(registered.getTokenSettings().isReuseRefreshTokens()).isFalse();
        assertThat(portal.toString()).doesNotContain("portal-secret");

        assertThat(repository.findByClientId("osaava-portal")).as("without a secret").isNull();
        verify(clients).find("osaava-portal");
    }

    @Test
    void anUpgradedHashOfAClientFromConfigurationIsNotStored() {
        MongoRegisteredClientRepository withPortal = new MongoRegisteredClientRepository(clients,
                withPortal(portal("portal-secret")), PasswordEncoderFactories.createDelegatingPasswordEncoder());
        RegisteredClient portal = withPortal.findByClientId("osaava-portal");

        withPortal.save(RegisteredClient.from(portal).clientSecret("{bcrypt}upgraded").build());

        verifyNoInteractions(clients);
    }

    private static IdentityProperties.PortalClient portal(String secret) {
        return new IdentityProperties.PortalClient("osaava-portal", secret,
                List.of("http://localhost:8080/login/oauth2/code/osaava"), List.of("http://localhost:8080/"),
                Duration.ofHours(8));
    }

    private static IdentityProperties withPortal(IdentityProperties.PortalClient portal) {
        IdentityProperties defaults = new IdentityProperties("http://localhost:8081", "osaava", Duration.ofMinutes(10),
                new IdentityProperties.Coordinator("coordinator", null, "coordinator"));
        return new IdentityProperties(defaults.issuer(), defaults.audience(), defaults.tokenLifetime(),
                defaults.coordinator(), defaults.webClient(), portal, defaults.allowedOrigins());
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
