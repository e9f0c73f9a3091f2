package fi.osaava.kit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.integration.channel.PublishSubscribeChannel;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Import;

import fi.osaava.kit.inbox.DeadLetters;
import fi.osaava.kit.migration.StoreMigration;
import fi.osaava.kit.migration.StoreMigrations;
import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.kit.web.RequestBodies;
import fi.osaava.kit.outbox.OutboxProperties;
import fi.osaava.kit.outbox.OutboxConfiguration;
import fi.osaava.kit.reference.VocabularyController;
import fi.osaava.kit.security.ApiSecurityConfiguration;
import fi.osaava.kit.task.ClusterLocks;
import fi.osaava.kit.web.ProblemDetailsAdvice;
import jakarta.validation.Validator;

/** The chassis every service gets by depending on the kit. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ProblemDetailsAdvice.class, OutboxConfiguration.class, ApiSecurityConfiguration.class, ClusterLocks.class,
        VocabularyController.class})
public class KitAutoConfiguration {

    @Bean
    IncomingEvents incomingEvents(Validator validator) {
        return new IncomingEvents(validator);
    }

    /** Binding {@code error-handler-definition: deadLetters}: a given-up record to the dead-letter topic. */
    @Bean
    DeadLetters deadLetters(StreamBridge streamBridge) {
        return new DeadLetters(streamBridge);
    }

    @Bean
    SmartInitializingSingleton deadLetterBindings(BindingServiceProperties bindings) {
        return DeadLetters.checking(bindings);
    }

    /**
     * Turns off the Kafka binder's own consumer-lag gauge ({@value #BINDER_LAG_GAUGE}). Its {@code KafkaBinderMetrics}
     * (spring-cloud-stream-binder-kafka 5.0.2) deadlocks when the binder stops while its lag task runs for the first
     * time: {@code close()} holds its consumer-factory lock and clears the consumers map, while the task holds that
     * map's entry (inside {@code computeIfAbsent}) and waits for the lock. A stop during a test's context switch hung
     * a whole CI run so; in production it would hang a shutdown. When the gauge is denied, the binder schedules no
     * lag task at all. The consumers' own lag stays measured by the Kafka client metrics the binder binds
     * ({@code kafka.consumer.fetch.manager.records.lag*}).
     */
    @Bean
    MeterFilter noBinderLagGauge() {
        return MeterFilter.denyNameStartsWith(BINDER_LAG_GAUGE);
    }

    /** {@code KafkaBinderMetrics.OFFSET_LAG_METRIC_NAME}. */
    static final String BINDER_LAG_GAUGE = "spring.cloud.stream.binder.kafka.offset";

    /** Defined here, so Spring Integration adds no logger of its own that prints every rejection at ERROR. */
    @Bean(IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
    PublishSubscribeChannel errorChannel() {
        PublishSubscribeChannel channel = new PublishSubscribeChannel();
        channel.subscribe(DeadLetters.errorChannelLog());
        return channel;
    }

    /** The service's one-time changes of its stored documents, run before anything starts. */
    @Bean
    StoreMigrations storeMigrations(ObjectProvider<MongoOperations> mongo, ObjectProvider<StoreMigration> migrations) {
        return new StoreMigrations(mongo::getObject, migrations.orderedStream().toList(), Clock.systemUTC());
    }

    @Bean
    RequestBodies requestBodies(Validator validator) {
        return new RequestBodies(validator);
    }
}
