package fi.osaava.membership.identity.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.Role;
import fi.osaava.membership.identity.User;
import fi.osaava.membership.identity.UserManagement;

/**
 * What every Osaava API reads from an access token: the audience {@code aud} of the APIs (instead of
 * the client id), the organisation {@code org} the client acts for, its {@code roles} and its
 * {@code client_id}. {@code sub}, {@code iss}, {@code iat} and {@code exp} are the server's own.
 * For a person (authorization code) {@code sub} is the user's id — never the e-mail address, so the
 * {@code actedBy} of events and the logs of every service carry no personal data — and {@code org}
 * and {@code roles} are the person's, not the web client's. With scope {@code email} a person's access token
 * also carries their address in {@code email}, so that notification-service finds the alerts that come to them
 * (their own subscriptions); events and logs still carry only {@code sub}.
 *
 * <p>A person's ID token (OpenID Connect, the portal client) says who signed in: the same {@code sub},
 * {@code org} and {@code roles}, with scope {@code profile} the {@code name} and with scope {@code email} the
 * {@code email}. People have no name but their e-mail address, so {@code name} is that address too. The
 * UserInfo endpoint answers the same claims ({@link #userInfo}).
 */
@Component
class OsaavaTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ORGANISATION = "org";
    static final String ROLES = "roles";
    static final String CLIENT_ID = "client_id";
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);
    private static final Set<AuthorizationGrantType> PEOPLES_GRANTS =
            Set.of(AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
    private static final List<String> USER_INFO = List.of(StandardClaimNames.SUB, StandardClaimNames.NAME,
            StandardClaimNames.EMAIL, ORGANISATION, ROLES);

    private final String audience;
    private final Function<String, Optional<User>> people;

    @Autowired
    OsaavaTokenClaims(IdentityProperties properties, UserManagement users) {
        this(properties, users::findActive);
    }

    /** @param people the person who may get tokens now, by username: known and not disabled */
    OsaavaTokenClaims(IdentityProperties properties, Function<String, Optional<User>> people) {
        this.audience = properties.audience();
        this.people = people;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean person = PEOPLES_GRANTS.contains(context.getAuthorizationGrantType());
        if (person && ID_TOKEN.equals(context.getTokenType())) {
            identifyPerson(context);
            return;
        }
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        if (person) {
            customizeForPerson(context, client);
            return;
        }
        String organisation = client.getClientSettings().getSetting(MongoRegisteredClientRepository.ORGANISATION_SETTING);
        List<String> roles = client.getClientSettings().getSetting(MongoRegisteredClientRepository.ROLES_SETTING);
        if (organisation == null || roles == null || roles.isEmpty()) {
            // a token without them would be useless at best and misread at worst
            throw new IllegalStateException("Client " + client.getClientId() + " has no organisation or roles");
        }
        context.getClaims()
                .audience(List.of(audience))
                .claim(ORGANISATION, organisation)
                .claim(ROLES, List.copyOf(roles))
                .claim(CLIENT_ID, client.getClientId());
    }

    /**
     * A person's token: {@code sub} becomes the user's id instead of the login name; organisation and roles are
     * read from the store now, so a disabled person or one deleted since the login gets no token.
     */
    private void customizeForPerson(JwtEncodingContext context, RegisteredClient client) {
        User user = activePerson(context);
        JwtClaimsSet.Builder claims = context.getClaims()
                .subject(user.id())
                .audience(List.of(audience))
                .claim(ORGANISATION, user.organisationId())
                .claim(ROLES, roles(user))
                .claim(CLIENT_ID, client.getClientId());
        if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
            // the person's own alerts are the ones that come to this address (notification-service's /api/my)
            claims.claim(StandardClaimNames.EMAIL, user.username());
        }
    }

    /** The ID token's audience stays the client, so no API takes it for an access token. */
    private void identifyPerson(JwtEncodingContext context) {
        User user = activePerson(context);
        JwtClaimsSet.Builder claims = context.getClaims()
                .subject(user.id())
                .claim(ORGANISATION, user.organisationId())
                .claim(ROLES, roles(user));
        if (context.getAuthorizedScopes().contains(OidcScopes.PROFILE)) {
            claims.claim(StandardClaimNames.NAME, user.username());
        }
        if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
            claims.claim(StandardClaimNames.EMAIL, user.username());
        }
    }

    private User activePerson(JwtEncodingContext context) {
        return people.apply(context.getPrincipal().getName()).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The user may not get tokens", null)));
    }

    private static List<String> roles(User user) {
        return user.roles().stream().map(Role::name).toList();
    }

    /**
     * The UserInfo endpoint's answer: the claims of the person's ID token that say who they are, as issued with the
     * access token presented (the server has checked that it is active and has scope {@code openid}).
     */
    static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        OidcIdToken idToken = Objects.requireNonNull(context.getAuthorization().getToken(OidcIdToken.class),
                "an authorization with scope openid has an ID token").getToken();
        Map<String, Object> claims = new LinkedHashMap<>();
        USER_INFO.stream().filter(idToken::hasClaim).forEach(name -> claims.put(name, idToken.getClaim(name)));
        return new OidcUserInfo(claims);
    }
}
