package fi.osaava.notification.alert;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

import fi.osaava.kit.security.RoleEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AlertProperties.class)
class AlertConfiguration {

    /** The delivery log and the recipient directory are the coordinator's. */
    @Bean
    RoleEndpoints coordinatorReadsDeliveriesAndRecipients() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.GET, "/api/deliveries", "/api/deliveries/**", "/api/recipients",
                "/api/recipients/**");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
