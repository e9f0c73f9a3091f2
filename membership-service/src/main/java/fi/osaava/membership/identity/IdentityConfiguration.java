package fi.osaava.membership.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import fi.osaava.kit.security.RoleEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /** Clients and users are the coordinator's to manage: refused before any body is read. */
    @Bean
    RoleEndpoints coordinatorManagesClientsAndUsers() {
        String[] paths = {"/api/organisations/*/clients", "/api/organisations/*/clients/**",
                "/api/organisations/*/users", "/api/organisations/*/users/**"};
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, paths).and(RoleEndpoints.coordinatorOnly(HttpMethod.GET, paths));
    }

    /** Hashes as {@code {bcrypt}...}, so a stronger algorithm can take over without invalidating old hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
