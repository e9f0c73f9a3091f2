package fi.osaava.membership.ecosystem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

@Configuration(proxyBeanMethods = false)
class EcosystemConfiguration {

    /** Binding {@code ecosystems-out} has destination {@code membership.ecosystems.v1}. */
    @Bean
    OutboxRoute ecosystemEvents() {
        return new OutboxRoute("ecosystems", "ecosystems-out");
    }

    /** Founding an ecosystem is the platform coordinator's: refused before the body is read. */
    @Bean
    RoleEndpoints platformCoordinatorFoundsEcosystems() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, "/api/ecosystems");
    }

    /** Which ecosystems there are, their regions and coordinators is public. */
    @Bean
    PublicEndpoints publicEcosystems() {
        return PublicEndpoints.get("/api/ecosystems", "/api/ecosystems/*");
    }
}
