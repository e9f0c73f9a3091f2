package fi.osaava.membership.governance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovernanceProperties.class)
class GovernanceConfiguration {
}
