package fi.osaava.membership.identity.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import fi.osaava.membership.identity.AccessWithdrawn;

/**
 * The tokens this instance issued, for introspection and revocation, kept only while they are valid.
 * Spring's in-memory service keeps every completed authorization for ever, which grows without bound
 * as machine clients fetch a token every few minutes. Resource servers validate the JWTs by signature
 * and never ask here. Per instance: a person's authorization code must be redeemed at the instance
 * that issued it (as must the login session), until a shared store replaces this one.
 */
class ExpiringAuthorizations implements OAuth2AuthorizationService {

    private static final OAuth2TokenType AUTHORIZATION_CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    /** The logout endpoint finds the person's authorization by the ID token the portal hints with. */
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final Map<String, OAuth2Authorization> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    ExpiringAuthorizations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Instant now = clock.instant();
        byId.values().removeIf(stored -> expired(stored, now));
        byId.put(authorization.getId(), authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        byId.remove(authorization.getId());
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return byId.get(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        return byId.values().stream().filter(authorization -> holds(authorization, token, tokenType))
                .findFirst().orElse(null);
    }

    /** A revoked client or a disabled person: nothing this instance holds for them passes introspection. */
    @EventListener
    void forget(AccessWithdrawn withdrawn) {
        byId.values().removeIf(stored -> stored.getPrincipalName().equals(withdrawn.principalName()));
    }

    int size() {
        return byId.size();
    }

    private static boolean holds(OAuth2Authorization authorization, String token, @Nullable OAuth2TokenType type) {
        OAuth2Authorization.Token<OAuth2Token> held = authorization.getToken(token);
        if (held == null) {
            return false;
        }
        if (type == null) {
            return true;
        }
        return OAuth2TokenType.ACCESS_TOKEN.equals(type) && held.getToken() instanceof OAuth2AccessToken
                || OAuth2TokenType.REFRESH_TOKEN.equals(type) && held.getToken() instanceof OAuth2RefreshToken
                || AUTHORIZATION_CODE.equals(type) && held.getToken() instanceof OAuth2AuthorizationCode
                || ID_TOKEN.equals(type) && held.getToken() instanceof OidcIdToken;
    }

    /** Expired when every token it holds has expired; one without tokens yet stays until it has them. */
    private static boolean expired(OAuth2Authorization authorization, Instant now) {
        Optional<Instant> lastExpiry = Stream.of(authorization.getToken(OAuth2AuthorizationCode.class),
                        authorization.getAccessToken(), authorization.getRefreshToken())
                .filter(held -> held != null)
                .map(held -> held.getToken().getExpiresAt())
                .map(expiresAt -> expiresAt == null ? Instant.MAX : expiresAt)
                .max(Instant::compareTo);
        return lastExpiry.isPresent() && lastExpiry.get().isBefore(now);
    }
}
