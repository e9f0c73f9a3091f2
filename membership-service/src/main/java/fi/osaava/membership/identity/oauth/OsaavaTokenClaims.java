package fi.osaava.membership.identity.oauth;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
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
 * and {@code roles} are the person's, not the web client's.
 */
@Component
class OsaavaTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ORGANISATION = "org";
    static final String ROLES = "roles";
    static final String CLIENT_ID = "client_id";

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
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())
                || AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType())) {
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
        String username = context.getPrincipal().getName();
        User user = people.apply(username).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The user may not get tokens", null)));
        context.getClaims()
                .subject(user.id())
                .audience(List.of(audience))
                .claim(ORGANISATION, user.organisationId())
                .claim(ROLES, user.roles().stream().map(Role::name).toList())
                .claim(CLIENT_ID, client.getClientId());
    }
}
