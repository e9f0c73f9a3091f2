package fi.osaava.kit.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ExtendedProducerProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaExtendedBindingProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaProducerProperties;
import org.springframework.cloud.stream.binder.kafka.provisioning.KafkaTopicProvisioner;
import org.springframework.cloud.stream.binder.kafka.utils.BindingUtils;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where an output binding's events go and how to reach the broker, read from the Kafka binder's own properties
 * the way the binder reads them: the binding's {@code destination}, the binder's brokers, {@code configuration}
 * and {@code producer-properties} (security included) and the binding's Kafka producer settings. The relay
 * publishes with a producer of its own (to see each record's acknowledgement without waiting for it) but to
 * exactly the topics and with the connection the bindings declare, and has the binder's provisioner create a
 * missing topic as the binder would.
 */
final class OutboxTopics {

    private final BindingServiceProperties bindings;
    private final KafkaBinderConfigurationProperties binder;
    private final KafkaExtendedBindingProperties kafkaBindings;
    private final KafkaProperties kafka;
    private final ConfigurableApplicationContext context;

    OutboxTopics(ConfigurableApplicationContext context, BindingServiceProperties bindings, KafkaProperties kafka) {
        this.context = context;
        this.bindings = bindings;
        this.kafka = kafka;
        Binder properties = Binder.get(context.getEnvironment());
        this.binder = properties.bindOrCreate("spring.cloud.stream.kafka.binder", Bindable.ofInstance(
                new KafkaBinderConfigurationProperties(kafka, context.getBeanProvider(KafkaConnectionDetails.class))));
        this.kafkaBindings = properties.bindOrCreate("spring.cloud.stream.kafka",
                Bindable.ofInstance(new KafkaExtendedBindingProperties()));
        this.kafkaBindings.setApplicationContext(context);
    }

    /** The topic of an output binding: its {@code destination}, or its name when it has none (as the binder does). */
    String topic(String binding) {
        return bindings.getBindingDestination(binding);
    }

    /**
     * The binder's producer settings for the binding, made safe for the relay: every in-sync replica acknowledges
     * and the producer is idempotent, so its retries neither lose nor reorder nor duplicate records.
     */
    Map<String, Object> producerConfig(String binding, OutboxProperties outbox) {
        Map<String, Object> config = new HashMap<>(BindingUtils.createProducerConfigs(producerProperties(binding), binder));
        // keys and values are bytes already (spring.kafka's serializers, merged in by the binder, would not fit)
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        config.merge(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                (configured, most) -> Math.min(Integer.parseInt(String.valueOf(configured)), 5));
        int ackMillis = (int) outbox.ackTimeout().toMillis();
        // a record the broker has not acknowledged in time fails (and stays in the outbox) rather than hangs
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, ackMillis / 2));
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ackMillis);
        // a broker that cannot be reached fails a send in seconds instead of blocking the relay for a minute
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10_000, ackMillis));
        return config;
    }

    /** Creates the binding's topic if it is missing and the binder may create topics, as the binder would. */
    void provision(String binding) {
        KafkaTopicProvisioner provisioner = new KafkaTopicProvisioner(binder, kafka, List.of());
        provisioner.afterPropertiesSet();
        provisioner.provisionProducerDestination(topic(binding), producerProperties(binding));
    }

    private ExtendedProducerProperties<KafkaProducerProperties> producerProperties(String binding) {
        ExtendedProducerProperties<KafkaProducerProperties> properties =
                new ExtendedProducerProperties<>(kafkaBindings.getExtendedProducerProperties(binding));
        BeanUtils.copyProperties(bindings.getProducerProperties(binding), properties);
        return properties;
    }
}
