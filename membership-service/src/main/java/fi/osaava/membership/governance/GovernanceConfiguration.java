package fi.osaava.membership.governance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.security.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovernanceProperties.class)
class GovernanceConfiguration {

    /** An ecosystem's annual clock is public; its meetings (places, links, proposals) are for members. */
    @Bean
    PublicEndpoints publicAnnualClock() {
        return PublicEndpoints.get("/api/ecosystems/*/annual-clock", "/api/ecosystems/*/annual-clock/entries",
                "/api/ecosystems/*/annual-clock/entries/*");
    }
}
