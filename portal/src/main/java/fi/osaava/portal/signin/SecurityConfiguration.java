package fi.osaava.portal.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import fi.osaava.portal.PortalProperties;

/**
 * Who may see what, and how people sign in. Public pages are open to visitors; {@code /my/**} needs a signed-in
 * person; the coordinator's desk ({@code /desk/**}) the role COORDINATOR, and anyone else signed in gets the 403 page. Forms carry CSRF tokens (Spring Security's default, which Thymeleaf's {@code th:action} fills in).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION = "osaava";
    /** The claims membership-service puts in a person's tokens. */
    static final String ORGANISATION_CLAIM = "org";
    static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                       PortalProperties properties, LocaleResolver locales) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/my/**").authenticated()
                        .requestMatchers("/desk", "/desk/**").hasRole("COORDINATOR")
                        .anyRequest().permitAll())
                // a signed-in member on a coordinator's page: the 403 page in their language, not a bare status
                .exceptionHandling(refused -> refused.accessDeniedPage("/forbidden"))
                .oauth2Login(login -> login
                        .loginPage("/sign-in")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new InTheirLanguage(authorizationRequests, locales)))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromClaims()))
                        .successHandler(backToWhereTheyWere()))
                .oauth2Client(Customizer.withDefaults())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * After signing in: the page where the sign-in ran out ({@link SignInAgain}), else the page that asked for it,
     * else the front page.
     */
    static org.springframework.security.web.authentication.AuthenticationSuccessHandler backToWhereTheyWere() {
        var saved = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            Object continueAt = session == null ? null : session.getAttribute(PendingForms.CONTINUE_AT);
            if (continueAt instanceof String page && page.startsWith("/") && !page.startsWith("//")) {
                session.removeAttribute(PendingForms.CONTINUE_AT);
                response.sendRedirect(request.getContextPath() + page);
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * Scripts only from this server (htmx and the portal's own file; no inline scripts or handlers), no framing;
     * forms may post here and to membership-service, where signing out continues.
     */
    static String contentSecurityPolicy(PortalProperties properties) {
        String membership = properties.membership().toString().replaceAll("/+$", "");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + membership;
    }

    /** The person's roles from the ID token (MEMBER, COORDINATOR …) become {@code ROLE_…} authorities. */
    static GrantedAuthoritiesMapper rolesFromClaims() {
        return (Collection<? extends GrantedAuthority> authorities) -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object roles = oidc.getIdToken().getClaims().get(ROLES_CLAIM);
                    if (roles instanceof Collection<?> names) {
                        names.forEach(name -> mapped.add(new SimpleGrantedAuthority("ROLE_" + name)));
                    }
                }
            }
            return mapped;
        };
    }

    /**
     * The portal's client at membership-service, with its endpoints given here rather than discovered, so the
     * portal starts (and its public pages work) while membership-service is down.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(PortalProperties properties) {
        String issuer = properties.membership().toString().replaceAll("/+$", "");
        PortalProperties.SignIn signIn = properties.signIn();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(signIn.clientId())
                .clientSecret(signIn.clientSecret() == null ? "" : signIn.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(List.of("openid", "profile", "email"))
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName("sub")
                .issuerUri(issuer)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .clientName("Osaava")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
