package fi.osaava.catalogue.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class FeedConfigurationTest {

    /** As docker-compose.yml configures catalogue-service: the binder's client properties as environment variables. */
    @Test
    void theAdminClientConnectsLikeTheBinderWithTheBindersSecuritySettingsFromTheEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "kafka:9092",
                "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SASL_MECHANISM", "SCRAM-SHA-512",
                "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"catalogue-service\" password=\"s\";")));

        FeedProvisioning access = new FeedConfiguration().feedProvisioning(environment,
                new FeedProperties("kafka.example:9094", 1, (short) 1, 30_000));

        assertThat(access.adminConfig())
                .containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"catalogue-service\" password=\"s\";");
    }

    @Test
    void withoutSettingsItIsTheLocalPlaintextBroker() {
        FeedProvisioning access = new FeedConfiguration().feedProvisioning(new StandardEnvironment(),
                new FeedProperties(null, 1, (short) 1, 30_000));

        assertThat(access.adminConfig()).containsEntry("bootstrap.servers", "localhost:9092")
                .doesNotContainKey("security.protocol");
    }
}
