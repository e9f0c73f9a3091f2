package fi.osaava.catalogue.feed;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
class FeedConfiguration {

    /**
     * The Admin client uses the same connection as the binder: {@code spring.cloud.stream.kafka.binder.brokers}
     * and the common client properties in {@code spring.cloud.stream.kafka.binder.configuration.*} (security
     * protocol, SASL mechanism and JAAS config of the catalogue's own principal).
     */
    @Bean
    FeedProvisioning feedProvisioning(Environment environment, FeedProperties properties) {
        Binder binder = Binder.get(environment);
        Map<String, Object> config = new HashMap<>(binder.bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, String.class)).orElseGet(Map::of));
        String[] brokers = binder.bind("spring.cloud.stream.kafka.binder.brokers", String[].class)
                .orElse(new String[] {"localhost:9092"});
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", brokers));
        return new FeedProvisioning(config, properties);
    }
}
