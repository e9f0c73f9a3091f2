package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class ExpiringAuthorizationsTest {

    static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    final MovableClock clock = new MovableClock(START);
    final ExpiringAuthorizations authorizations = new ExpiringAuthorizations(clock);

    @Test
    void anIssuedTokenIsFoundByItsValueAsAnAccessToken() {
        OAuth2Authorization issued = issued("a1", "token-1");
        authorizations.save(issued);

        assertThat(authorizations.findByToken("token-1", OAuth2TokenType.ACCESS_TOKEN)).isEqualTo(issued);
        assertThat(authorizations.findByToken("token-1", null)).isEqualTo(issued);
        assertThat(authorizations.findByToken("token-1", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(authorizations.findByToken("token-2", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findById("a1")).isEqualTo(issued);
    }

    @Test
    void expiredTokensAreForgottenSoMemoryDoesNotGrowForEver() {
        authorizations.save(issued("a1", "token-1"));
        clock.advance(Duration.ofMinutes(16));

        authorizations.save(issued("a2", "token-2"));

        assertThat(authorizations.size()).isEqualTo(1);
        assertThat(authorizations.findByToken("token-1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findByToken("token-2", OAuth2TokenType.ACCESS_TOKEN)).isNotNull();
    }

    @Test
    void aPersonsAuthorizationIsFoundByTheirIdTokenForSigningOut() {
        Instant now = clock.instant();
        OidcIdToken idToken = new OidcIdToken("id-token-1", now, now.plus(Duration.ofMinutes(30)), Map.of("sub", "user-1"));
        OAuth2Authorization signedIn = OAuth2Authorization.from(issued("a1", "token-1")).token(idToken).build();
        authorizations.save(signedIn);

        assertThat(authorizations.findByToken("id-token-1", new OAuth2TokenType("id_token"))).isEqualTo(signedIn);
        assertThat(authorizations.findByToken("id-token-1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findByToken("token-1", new OAuth2TokenType("id_token"))).isNull();
    }

    @Test
    void aRemovedAuthorizationIsGone() {
        OAuth2Authorization issued = issued("a1", "token-1");
        authorizations.save(issued);

        authorizations.remove(issued);

        assertThat(authorizations.findById("a1")).isNull();
    }

    private OAuth2Authorization issued(String id, String token) {
        RegisteredClient client = RegisteredClient.withId("system-1").clientId("system-1").clientSecret("{noop}x")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
        Instant now = clock.instant();
        return OAuth2Authorization.withRegisteredClient(client).id(id).principalName("system-1")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now,
                        now.plus(Duration.ofMinutes(15))))
                .build();
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
