package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.Role;
import fi.osaava.membership.identity.User;

class OsaavaTokenClaimsTest {

    final OsaavaTokenClaims claims = new OsaavaTokenClaims(new IdentityProperties("http://localhost:8081", "osaava",
            Duration.ofMinutes(15), new IdentityProperties.Coordinator("coordinator", null, "coordinator")),
            username -> Optional.empty());

    @Test
    void anAccessTokenCarriesTheApiAudienceTheOrganisationAndTheRolesOfItsClient() {
        JwtEncodingContext context = context(client(ClientSettings.builder()
                .setting(MongoRegisteredClientRepository.ORGANISATION_SETTING, "org-1")
                .setting(MongoRegisteredClientRepository.ROLES_SETTING, List.of("SYSTEM", "MEMBER"))
                .build()), OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        JwtClaimsSet token = context.getClaims().build();
        assertThat(token.getAudience()).containsExactly("osaava");
        assertThat(token.getClaimAsString("org")).isEqualTo("org-1");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("SYSTEM", "MEMBER");
        assertThat(token.getClaimAsString("client_id")).isEqualTo("system-1");
        assertThat(token.getSubject()).isEqualTo("system-1");
    }

    @Test
    void aMachinesIdTokenIfAnyIsLeftAsTheServerMadeIt() {
        JwtEncodingContext context = context(client(ClientSettings.builder()
                .setting(MongoRegisteredClientRepository.ORGANISATION_SETTING, "org-1")
                .setting(MongoRegisteredClientRepository.ROLES_SETTING, List.of("MEMBER"))
                .build()), new OAuth2TokenType("id_token"));

        claims.customize(context);

        JwtClaimsSet token = context.getClaims().build();
        assertThat(token.getAudience()).containsExactly("system-1");
        assertThat(token.getClaims()).doesNotContainKeys("org", "roles", "client_id");
    }

    @Test
    void aClientWithoutOrganisationGetsNoToken() {
        JwtEncodingContext context = context(client(ClientSettings.builder().build()), OAuth2TokenType.ACCESS_TOKEN);

        assertThatThrownBy(() -> claims.customize(context)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("system-1");
    }

    @Test
    void aPersonWhoMayNotGetTokensGetsNone() {
        RegisteredClient web = MongoRegisteredClientRepository.webClient(new IdentityProperties("http://localhost:8081",
                "osaava", Duration.ofMinutes(15), new IdentityProperties.Coordinator("coordinator", null, "coordinator")));
        JwtEncodingContext context = JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256),
                        JwtClaimsSet.builder().subject("disabled@example.org").audience(List.of("osaava-web")))
                .registeredClient(web)
                .principal(new TestingAuthenticationToken("disabled@example.org", null, "ROLE_MEMBER"))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .build();

        assertThatThrownBy(() -> claims.customize(context)).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("may not get tokens");
    }

    @Test
    void aPersonsIdTokenSaysWhoTheyAreUnderTheAccessTokensClaimNames() {
        User person = mock(User.class);
        when(person.id()).thenReturn("user-1");
        when(person.username()).thenReturn("maija@example.org");
        when(person.organisationId()).thenReturn("org-1");
        when(person.roles()).thenReturn(List.of(Role.MEMBER));
        OsaavaTokenClaims knowingMaija = new OsaavaTokenClaims(properties(),
                username -> username.equals("maija@example.org") ? Optional.of(person) : Optional.empty());

        JwtClaimsSet withProfileAndEmail = idToken(knowingMaija, Set.of("openid", "profile", "email"));
        JwtClaimsSet withOpenIdOnly = idToken(knowingMaija, Set.of("openid"));

        assertThat(withProfileAndEmail.getSubject()).isEqualTo("user-1");
        assertThat(withProfileAndEmail.getAudience()).as("the client's, not the APIs'").containsExactly("osaava-portal");
        assertThat(withProfileAndEmail.getClaims()).containsEntry("name", "maija@example.org")
                .containsEntry("email", "maija@example.org").containsEntry("org", "org-1")
                .containsEntry("roles", List.of("MEMBER")).doesNotContainKey("client_id");
        assertThat(withOpenIdOnly.getClaims()).containsEntry("org", "org-1").doesNotContainKeys("name", "email");
    }

    @Test
    void aPersonsAccessTokenNamesTheirAddressOnlyWithScopeEmail() {
        User person = mock(User.class);
        when(person.id()).thenReturn("user-1");
        when(person.username()).thenReturn("maija@example.org");
        when(person.organisationId()).thenReturn("org-1");
        when(person.roles()).thenReturn(List.of(Role.MEMBER));
        OsaavaTokenClaims knowingMaija = new OsaavaTokenClaims(properties(),
                username -> username.equals("maija@example.org") ? Optional.of(person) : Optional.empty());

        JwtClaimsSet withEmail = token(knowingMaija, Set.of("openid", "profile", "email"), OAuth2TokenType.ACCESS_TOKEN);
        JwtClaimsSet withoutEmail = token(knowingMaija, Set.of("openid"), OAuth2TokenType.ACCESS_TOKEN);

        assertThat(withEmail.getSubject()).as("never the address").isEqualTo("user-1");
        assertThat(withEmail.getAudience()).containsExactly("osaava");
        assertThat(withEmail.getClaims()).containsEntry("email", "maija@example.org").containsEntry("org", "org-1")
                .doesNotContainKey("name");
        assertThat(withoutEmail.getClaims()).containsEntry("org", "org-1").doesNotContainKey("email");
    }

    private static JwtClaimsSet idToken(OsaavaTokenClaims claims, Set<String> scopes) {
        return token(claims, scopes, new OAuth2TokenType("id_token"));
    }

    private static JwtClaimsSet token(OsaavaTokenClaims claims, Set<String> scopes, OAuth2TokenType type) {
        JwtEncodingContext context = JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256),
                        JwtClaimsSet.builder().subject("maija@example.org").audience(List.of("osaava-portal")))
                .registeredClient(RegisteredClient.withId("osaava-portal").clientId("osaava-portal")
                        .clientSecret("{noop}x").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("http://localhost:8080/login/oauth2/code/osaava").build())
                .principal(new TestingAuthenticationToken("maija@example.org", null, "ROLE_MEMBER"))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizedScopes(scopes)
                .tokenType(type)
                .build();
        claims.customize(context);
        return context.getClaims().build();
    }

    private static IdentityProperties properties() {
        return new IdentityProperties("http://localhost:8081", "osaava", Duration.ofMinutes(15),
                new IdentityProperties.Coordinator("coordinator", null, "coordinator"));
    }

    private static RegisteredClient client(ClientSettings settings) {
        return RegisteredClient.withId("system-1").clientId("system-1").clientSecret("{noop}x")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings)
                .build();
    }

    /** As the server's JWT generator hands it over: subject and audience are the client's. */
    private static JwtEncodingContext context(RegisteredClient client, OAuth2TokenType type) {
        return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256),
                        JwtClaimsSet.builder().subject(client.getClientId()).audience(List.of(client.getClientId())))
                .registeredClient(client)
                .principal(new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, null))
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenType(type)
                .build();
    }
}
