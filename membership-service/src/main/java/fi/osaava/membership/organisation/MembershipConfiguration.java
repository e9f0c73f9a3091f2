package fi.osaava.membership.organisation;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.RoleEndpoints;

@Configuration(proxyBeanMethods = false)
class MembershipConfiguration {

    /** Binding {@code organisations-out} has destination {@code membership.organisations.v1}. */
    @Bean
    OutboxRoute organisationEvents() {
        return new OutboxRoute("organisations", "organisations-out");
    }

    /** The public member list (names, types, rings; no contact data) is open to anyone. */
    /** Only the coordinator registers organisations: refused before the body is read. */
    @Bean
    RoleEndpoints coordinatorRegistersOrganisations() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.POST, "/api/organisations");
    }

    @Bean
    PublicEndpoints publicMemberList() {
        return PublicEndpoints.get("/api/organisations", "/api/organisations/*", "/api/directory");
    }

    /**
     * Applying needs no account. The kit's write limit counts an anonymous caller's requests per remote
     * address ({@code osaava.limits.writes-per-minute}), so the form cannot be flooded from one address.
     */
    @Bean
    PublicEndpoints publicApplications() {
        return new PublicEndpoints(List.of(new PublicEndpoints.Endpoint(HttpMethod.POST, "/api/ecosystems/*/applications")));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
