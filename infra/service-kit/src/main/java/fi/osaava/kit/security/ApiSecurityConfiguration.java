package fi.osaava.kit.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Every service is an OAuth2 resource server: a bearer JWT from the trusted issuer, with the Osaava
 * audience, is needed for everything but health, metrics, API docs and the service's declared
 * {@link PublicEndpoints}. The token's {@code roles} become {@code ROLE_*} authorities, checked against each
 * feature's {@link FeatureAccess#roleEndpoints()} before the request body is read. There is no method security.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, LimitProperties.class})
public class ApiSecurityConfiguration {

    /** After an authorization server's own chain (membership-service), before anything else. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<FeatureAccess> features,
                                    LimitProperties limits, JwtDecoder decoder, SecurityProperties properties,
                                    ObjectProvider<IssuerDecoder> ownIssuers)
            throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    open(features).forEach(e -> requests.requestMatchers(e.method(), e.pattern()).permitAll());
                    features.orderedStream().map(FeatureAccess::roleEndpoints).flatMap(r -> r.rules().stream())
                            .forEach(rule -> requests.requestMatchers(rule.method(), rule.pattern())
                                    .hasAnyRole(rule.roles().toArray(String[]::new)));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(byIssuer(decoder, properties, ownIssuers.orderedStream().toList()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(RequestLimitFilter.writesPerSubject(limits), AuthorizationFilter.class);
        return http.build();
    }

    /** The security schemes of the service's OpenAPI document (Swagger UI's Authorize button). */
    @Bean
    GlobalOpenApiCustomizer apiDocsSecurity(SecurityProperties properties, ObjectProvider<FeatureAccess> features) {
        return new ApiDocsSecurity(properties.issuer(), open(features));
    }

    /** What anyone may call: the reference data and each feature's {@link FeatureAccess#publicEndpoints()}. */
    private static List<PublicEndpoints.Endpoint> open(ObjectProvider<FeatureAccess> features) {
        return Stream.concat(Stream.of(PublicEndpoints.REFERENCE_DATA),
                        features.orderedStream().map(FeatureAccess::publicEndpoints))
                .flatMap(p -> p.endpoints().stream()).toList();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return validating(keysAt(properties.effectiveJwkSetUri()), properties.issuer(), properties.audience());
    }

    /** How long an issuer's last keys are still used while its key set cannot be read (the issuer away). */
    static final Duration ISSUER_OUTAGE_TOLERATED = Duration.ofHours(24);

    /**
     * A decoder checking signatures with the keys published at {@code jwkSetUri}, as Nimbus caches them (5 minutes,
     * one retry, at most one read per 30 s for an unknown key id) and, while the issuer cannot be reached, with the
     * last keys it read for up to {@link #ISSUER_OUTAGE_TOLERATED}: tokens it signed before it went away stay valid
     * until they expire (the fault harness saw every request refused once the 5 minutes ran out while
     * membership-service was down).
     */
    static NimbusJwtDecoder keysAt(String jwkSetUri) {
        return keysAt(jwkSetUri, Duration.ofMillis(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE));
    }

    static NimbusJwtDecoder keysAt(String jwkSetUri, Duration cacheFor) {
        try {
            return NimbusJwtDecoder.withJwkSource(JWKSourceBuilder.<SecurityContext>create(URI.create(jwkSetUri).toURL())
                    .cache(cacheFor.toMillis(), Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT,
                            cacheFor.toMillis() / 4))
                    // Nimbus's defaults (refresh ahead 30 s, at most a read per 30 s) fit only a cache that long
                    .refreshAheadCache(cacheFor.toMillis() >= JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE)
                    .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, cacheFor.toMillis() / 2))
                    .retrying(true)
                    .outageTolerant(ISSUER_OUTAGE_TOLERATED.toMillis())
                    .build()).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a URL of a JWK set: " + jwkSetUri, e);
        }
    }

    /** Signature and expiry, and the Osaava issuer and audience: what every decoder of the platform checks. */
    public static NimbusJwtDecoder validating(NimbusJwtDecoder decoder, String issuer, String audience) {
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience))));
        return decoder;
    }

    /**
     * One authentication manager per trusted issuer, chosen by the token's {@code iss}: the primary
     * issuer's decoder (membership-service's keys), the service's own {@link IssuerDecoder} beans and one
     * per {@code osaava.security.trusted-issuers} entry. A token from any other issuer is refused with 401.
     */
    static JwtIssuerAuthenticationManagerResolver byIssuer(JwtDecoder primary, SecurityProperties properties,
                                                           List<IssuerDecoder> ownIssuers) {
        Map<String, AuthenticationManager> managers = new HashMap<>();
        managers.put(properties.issuer(), manager(primary));
        for (SecurityProperties.TrustedIssuer trusted : properties.trustedIssuers()) {
            managers.put(trusted.issuer(), manager(validating(keysAt(trusted.jwkSetUri()), trusted.issuer(),
                    properties.audience())));
        }
        ownIssuers.forEach(own -> managers.put(own.issuer(), manager(own.decoder())));
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    static AuthenticationManager manager(JwtDecoder decoder) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(authenticationConverter());
        return authentication -> {
            try {
                return provider.authenticate(authentication);
            } catch (AuthenticationServiceException e) {
                // the issuer's keys could not be read: not the client's fault (a 500 if let through)
                throw new IssuerUnavailableException(e);
            }
        };
    }

    static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ApiSecurityConfiguration::roles);
        return converter;
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
