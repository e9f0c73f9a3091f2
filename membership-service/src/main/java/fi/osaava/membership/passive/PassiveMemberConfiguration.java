package fi.osaava.membership.passive;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.outbox.OutboxRoute;
import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PassiveMemberProperties.class)
class PassiveMemberConfiguration {

    /** Binding {@code passive-members-out} has destination {@code membership.passive-members.v1}. */
    @Bean
    OutboxRoute passiveMemberEvents() {
        return new OutboxRoute("passive-members", "passive-members-out");
    }

    /**
     * Joining, confirming and leaving need no account: the links come from mails. Like every write without a
     * token they are counted per remote address by the kit's {@code osaava.limits.writes-per-minute}.
     */
    @Bean
    PublicEndpoints publicPassiveMembership() {
        return new PublicEndpoints(List.of(
                new Endpoint(HttpMethod.POST, "/api/ecosystems/*/passive-members"),
                new Endpoint(HttpMethod.GET, "/api/passive-members/confirm"),
                new Endpoint(HttpMethod.POST, "/api/passive-members/confirm"),
                new Endpoint(HttpMethod.GET, "/api/passive-members/leave"),
                new Endpoint(HttpMethod.POST, "/api/passive-members/leave")));
    }
}
