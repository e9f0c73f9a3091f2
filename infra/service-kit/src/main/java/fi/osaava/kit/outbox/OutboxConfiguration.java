package fi.osaava.kit.outbox;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** The outbox relay of the service's {@link OutboxRoute} beans, its signals and its producer. */
@Configuration(proxyBeanMethods = false)
@Import(OutboxRelayConfiguration.class)
public class OutboxConfiguration {

    @Bean
    OutboxSignals outboxSignals(ObjectProvider<OutboxRoute> routes) {
        return new OutboxSignals(routes.orderedStream().map(OutboxRoute::collection).toList());
    }

    @Bean
    OutboxWriteListener outboxWriteListener(OutboxSignals signals) {
        return new OutboxWriteListener(signals);
    }

    /** Every write to an outbox collection that gets no answer asks the relay for a sweep soon. */
    @Bean
    MongoClientSettingsBuilderCustomizer outboxWriteWatch(OutboxSignals signals) {
        return settings -> settings.addCommandListener(new OutboxWriteWatch(signals));
    }

    @Bean
    OutboxProducer outboxProducer(ConfigurableApplicationContext context, BindingServiceProperties bindings,
                                  KafkaProperties kafka, OutboxProperties properties) {
        return new OutboxProducer(new OutboxTopics(context, bindings, kafka), properties, List.of());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, OutboxProducer producer, ObjectProvider<OutboxRoute> routes,
                            OutboxSignals signals, OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(mongo, producer, routes.orderedStream().toList(), signals, properties, meters);
    }
}
