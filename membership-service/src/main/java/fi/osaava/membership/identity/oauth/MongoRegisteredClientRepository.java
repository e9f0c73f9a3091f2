package fi.osaava.membership.identity.oauth;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import fi.osaava.membership.identity.Client;
import fi.osaava.membership.identity.ClientManagement;
import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.Role;

/**
 * The authorization server's view of the {@code clients} collection, plus the public web client from
 * configuration ({@code osaava.identity.web-client}). A client may use only the
 * client-credentials grant and gets signed JWTs; its organisation and roles ride along in its
 * settings, for {@link OsaavaTokenClaims}. A revoked client is unknown here, so it gets {@code invalid_client}.
 */
@Component
class MongoRegisteredClientRepository implements RegisteredClientRepository {

    static final String ORGANISATION_SETTING = "osaava.organisation-id";
    static final String ROLES_SETTING = "osaava.roles";

    private final ClientManagement clients;
    private final IdentityProperties properties;
    private final RegisteredClient webClient;

    MongoRegisteredClientRepository(ClientManagement clients, IdentityProperties properties) {
        this.clients = clients;
        this.properties = properties;
        this.webClient = webClient(properties);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        // the registered client's id is its client id
        return findByClientId(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        if (webClient.getClientId().equals(clientId)) {
            return webClient;
        }
        return clients.find(clientId).filter(client -> !client.revoked()).map(this::toRegisteredClient).orElse(null);
    }

    /**
     * Spring Authorization Server saves a client only to store a secret hash it upgraded after a
     * successful authentication. Clients themselves are created through {@link ClientManagement}.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        if (webClient.getClientId().equals(registeredClient.getClientId())) {
            return;
        }
        String secretHash = registeredClient.getClientSecret();
        if (secretHash != null) {
            clients.storeUpgradedSecretHash(registeredClient.getClientId(), secretHash);
        }
    }

    RegisteredClient toRegisteredClient(Client client) {
        List<String> roles = client.roles().stream().map(Role::name).toList();
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientIdIssuedAt(client.createdAt())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(ORGANISATION_SETTING, client.organisationId())
                        .setting(ROLES_SETTING, roles)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.tokenLifetime())
                        .build())
                .build();
    }

    /**
     * The public client people's apps log in with: no secret, so PKCE is required, and only the
     * authorization-code grant (Spring Authorization Server gives public clients no refresh tokens).
     * Its tokens carry the person's organisation and roles, see {@link OsaavaTokenClaims}.
     */
    static RegisteredClient webClient(IdentityProperties properties) {
        IdentityProperties.WebClient web = properties.webClient();
        return RegisteredClient.withId(web.clientId())
                .clientId(web.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.tokenLifetime())
                        .build())
                .build();
    }
}
