package fi.osaava.membership.identity.oauth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import fi.osaava.kit.security.ApiSecurityConfiguration;
import fi.osaava.kit.security.IssuerDecoder;
import fi.osaava.kit.security.LimitProperties;
import fi.osaava.kit.security.RequestLimitFilter;
import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.signin.SignInFailure;

/**
 * Spring Authorization Server inside membership-service: {@code /oauth2/token} (client credentials,
 * authorization code, refresh token), {@code /oauth2/authorize} (with PKCE, for people via the form login),
 * {@code /oauth2/jwks}, {@code /.well-known/oauth-authorization-server}, plus introspection and
 * revocation; and OpenID Connect 1.0 for the portal: {@code /.well-known/openid-configuration}, ID tokens,
 * {@code /userinfo} and RP-initiated logout at {@code /connect/logout}. Its filter chain comes first and matches
 * only those endpoints (and CORS preflights to the token and key-set endpoints); the login chain next.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final int AUTHORIZATION_SERVER_ORDER = 1;
    static final int LOGIN_ORDER = 2;
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String STYLESHEETS = "/css/**";
    static final String ICON = "/favicon.svg";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    /** Every client authenticates one of these ways: a machine or the portal with its secret, the web client with none. */
    private static final List<String> AUTHENTICATION_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue(),
            ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue(), ClientAuthenticationMethod.NONE.getValue());
    /** What the portal asks for; the discovery document would list only {@code openid}. */
    private static final List<String> SCOPES = List.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL);

    @Bean
    @Order(AUTHORIZATION_SERVER_ORDER)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http, LimitProperties limits,
                                                    AuthorizationServerSettings settings, IdentityProperties properties)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    // the endpoints match their methods only (POST /oauth2/token): a browser's CORS preflight too
                    http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), preflight(settings)));
                    server.authorizationServerMetadataEndpoint(metadata -> metadata
                            .authorizationServerMetadataCustomizer(advertised -> advertised
                                    .grantTypes(grants -> replace(grants, grantsInUse(properties)))
                                    .tokenEndpointAuthenticationMethods(methods -> replace(methods, AUTHENTICATION_METHODS))));
                    // the portal signs people in; its sign-out ends the login session here too
                    server.oidc(oidc -> oidc
                            .providerConfigurationEndpoint(configuration -> configuration
                                    .providerConfigurationCustomizer(advertised -> advertised
                                            .grantTypes(grants -> replace(grants, grantsInUse(properties)))
                                            .tokenEndpointAuthenticationMethods(methods ->
                                                    replace(methods, AUTHENTICATION_METHODS))
                                            .scopes(scopes -> replace(scopes, SCOPES))))
                            .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(OsaavaTokenClaims::userInfo)));
                })
                .cors(cors -> cors.configurationSource(browserOrigins(settings, properties.allowedOrigins())))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser at the authorization endpoint without a login session is sent to the login form;
                // the session (not stateless) keeps the login and the authorization request it interrupted
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // each token request costs a password-hash check: bound them per address before that
                .addFilterBefore(RequestLimitFilter.tokenRequestsPerAddress(limits), DisableEncodeUrlFilter.class);
        return http.build();
    }

    /**
     * Scripts in a browser (each service's Swagger UI, a web app) fetch tokens and keys from another origin
     * than this service's: only the allowed origins may, and only from the token and key-set endpoints. No
     * cookies are needed there (a client authenticates with its id, secret or PKCE verifier).
     */
    static CorsConfigurationSource browserOrigins(AuthorizationServerSettings settings, List<String> allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Requested-With"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(settings.getTokenEndpoint(), cors);
        source.registerCorsConfiguration(settings.getJwkSetEndpoint(), cors);
        return source;
    }

    private static RequestMatcher preflight(AuthorizationServerSettings settings) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(paths.matcher(HttpMethod.OPTIONS, settings.getTokenEndpoint()),
                paths.matcher(HttpMethod.OPTIONS, settings.getJwkSetEndpoint()));
    }

    /**
     * The form login for people (this service's own sign-in page, {@code identity.signin}), between the
     * authorization server's chain and the kit's stateless API chain. It matches only the sign-in and sign-out
     * pages and their stylesheet and icon, so {@code /api/**} stays with bearer tokens. It keeps CSRF protection,
     * and its password checks are bounded per address like token requests. Its pages load nothing but this
     * service's stylesheet and icon, and run no scripts; no {@code form-action}, as the sign-in's redirects go on
     * to the client's redirect URI at another origin.
     */
    @Bean
    @Order(LOGIN_ORDER)
    SecurityFilterChain loginSecurity(HttpSecurity http, LimitProperties limits) throws Exception {
        http.securityMatcher(LOGIN, LOGOUT, STYLESHEETS, ICON)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(login -> login.loginPage(LOGIN).failureHandler(new SignInFailure(LOGIN)))
                .logout(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(RequestLimitFilter.tokenRequestsPerAddress(limits), DisableEncodeUrlFilter.class);
        return http.build();
    }

    /**
     * This service validates the tokens it issues itself from its own keys, with the same issuer and
     * audience checks as every other service (the kit's resource-server chain does the rest).
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties) {
        return ApiSecurityConfiguration.validating(NimbusJwtDecoder.withJwkSource(keys).build(),
                properties.issuer(), properties.audience());
    }

    /** This service's own issuer is always trusted here, whatever {@code osaava.security.issuer} says. */
    @Bean
    IssuerDecoder ownTokens(JwtDecoder jwtDecoder, IdentityProperties properties) {
        return new IssuerDecoder(properties.issuer(), jwtDecoder);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** Read once at start: every instance signs with the stored key, so any of them can serve the JWKS. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys, Clock clock) {
        return new ImmutableJWKSet<>(new JWKSet(new SigningKeyStore(keys, clock).activeKey()));
    }

    @Bean
    ExpiringAuthorizations authorizationService(Clock clock) {
        return new ExpiringAuthorizations(clock);
    }

    /**
     * The metadata lists every grant the server could do; clients here use client credentials (machines),
     * the authorization code with PKCE (the public web client and the portal, for people) and, only when the
     * portal client exists, the refresh token.
     */
    static List<String> grantsInUse(IdentityProperties properties) {
        List<String> grants = new ArrayList<>(List.of(AuthorizationGrantType.AUTHORIZATION_CODE.getValue(),
                AuthorizationGrantType.CLIENT_CREDENTIALS.getValue()));
        if (properties.portalClient().configured()) {
            grants.add(AuthorizationGrantType.REFRESH_TOKEN.getValue());
        }
        return grants;
    }

    private static void replace(List<String> advertised, List<String> inUse) {
        advertised.clear();
        advertised.addAll(inUse);
    }
}
