package fi.osaava.membership.identity.oauth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
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
 * The authorization server's view of the {@code clients} collection, plus the clients people log in with, from
 * configuration: the public web client ({@code osaava.identity.web-client}) and, when it has a secret, the
 * portal's confidential client ({@code osaava.identity.portal-client}). A client of the collection may use only
 * the client-credentials grant and gets signed JWTs; its organisation and roles ride along in its settings, for
 * {@link OsaavaTokenClaims}. A revoked client is unknown here, so it gets {@code invalid_client}.
 */
@Component
class MongoRegisteredClientRepository implements RegisteredClientRepository {

    static final String ORGANISATION_SETTING = "osaava.organisation-id";
    static final String ROLES_SETTING = "osaava.roles";

    private static final Logger log = LoggerFactory.getLogger(MongoRegisteredClientRepository.class);

    private final ClientManagement clients;
    private final IdentityProperties properties;
    /** The clients from configuration, by client id. */
    private final Map<String, RegisteredClient> configured;

    MongoRegisteredClientRepository(ClientManagement clients, IdentityProperties properties,
                                    PasswordEncoder passwordEncoder) {
        this.clients = clients;
        this.properties = properties;
        Optional<RegisteredClient> portal = portalClient(properties, passwordEncoder);
        if (portal.isEmpty()) {
            log.info("osaava.identity.portal-client.client-secret is not set: there is no portal client '{}'",
                    properties.portalClient().clientId());
        }
        this.configured = Stream.concat(Stream.of(webClient(properties)), portal.stream())
                .collect(Collectors.toUnmodifiableMap(RegisteredClient::getClientId, Function.identity()));
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        // the registered client's id is its client id
        return findByClientId(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        RegisteredClient fromConfiguration = configured.get(clientId);
        if (fromConfiguration != null) {
            return fromConfiguration;
        }
        return clients.find(clientId).filter(client -> !client.revoked()).map(this::toRegisteredClient).orElse(null);
    }

    /**
     * Spring Authorization Server saves a client only to store a secret hash it upgraded after a
     * successful authentication. Clients themselves are created through {@link ClientManagement}; those from
     * configuration are hashed again at every start.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        if (configured.containsKey(registeredClient.getClientId())) {
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

    /**
     * The portal's confidential client, if it has a secret: a server-rendered web app that keeps the tokens on its
     * server (backend for frontend) and signs people in with OpenID Connect. It authenticates with HTTP Basic, uses
     * PKCE all the same, and may renew access tokens with refresh tokens that are each used once. Its access tokens
     * are a person's like the web client's ({@link OsaavaTokenClaims}). Only the secret's hash is kept, made with
     * the encoder that checks every client's secret.
     */
    static Optional<RegisteredClient> portalClient(IdentityProperties properties, PasswordEncoder passwordEncoder) {
        IdentityProperties.PortalClient portal = properties.portalClient();
        String secret = portal.clientSecret();
        if (secret == null || !portal.configured()) {
            return Optional.empty();
        }
        return Optional.of(RegisteredClient.withId(portal.clientId())
                .clientId(portal.clientId())
                .clientSecret(passwordEncoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(portal.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(portal.postLogoutRedirectUris()))
                .scopes(scopes -> scopes.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.tokenLifetime())
                        .refreshTokenTimeToLive(portal.refreshTokenLifetime())
                        .reuseRefreshTokens(false)
                        .build())
                .build());
    }
}
