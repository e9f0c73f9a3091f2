package fi.osaava.membership.identity.oauth;

import java.util.List;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import fi.osaava.membership.identity.IdentityProperties;

/**
 * What every Osaava API reads from an access token: the audience {@code aud} of the APIs (instead of
 * the client id), the organisation {@code org} the client acts for, its {@code roles} and its
 * {@code client_id}. {@code sub}, {@code iss}, {@code iat} and {@code exp} are the server's own.
 */
@Component
class OsaavaTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ORGANISATION = "org";
    static final String ROLES = "roles";
    static final String CLIENT_ID = "client_id";

    private final String audience;

    OsaavaTokenClaims(IdentityProperties properties) {
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
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
}
