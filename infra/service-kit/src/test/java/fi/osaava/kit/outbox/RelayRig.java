package fi.osaava.kit.outbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ProducerPostProcessor;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The relay as the kit wires it, outside Spring Boot: a fresh database on the JVM's mongo-java-server, a fresh
 * topic behind the binding {@code things-out} on the given broker, the binder's properties read from an
 * environment, the {@code AfterSaveEvent} listener on the template and the write watch on the client. Send
 * failures can be injected.
 */
final class RelayRig implements AutoCloseable {

    static final String BINDING = "things-out";

    final String brokers;
    final String topic = "test.things." + UUID.randomUUID();
    final MongoClient client;
    final MongoTemplate mongo;
    final OutboxSignals signals;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final OutboxRelay relay;
    private final OutboxProperties properties;
    private final OutboxProducer producer;
    private final GenericApplicationContext context = new GenericApplicationContext();
    private final List<Predicate<ProducerRecord<byte[], byte[]>>> failOnce = new ArrayList<>();
    private OutboxRelayLoop loop;

    RelayRig(String brokers, Duration sweepInterval, OutboxRoute route) {
        this(brokers, sweepInterval, 100, route);
    }

    RelayRig(String brokers, Duration sweepInterval, int batchSize, OutboxRoute route) {
        this(brokers, sweepInterval, batchSize, route, EmbeddedMongoInitializer.connectionString("outbox"));
    }

    /** @param mongoUri where the store is, or a proxy in front of it */
    RelayRig(String brokers, Duration sweepInterval, int batchSize, OutboxRoute route, String mongoUri) {
        this.brokers = brokers;
        this.properties = new OutboxProperties("/osaava/test", sweepInterval, batchSize, Duration.ofSeconds(30));
        // percentiles of the relay's latency over the rig's whole life (the benchmark reports them)
        meters.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return DistributionStatisticConfig.builder().percentiles(0.5, 0.9, 0.99, 0.999).percentilePrecision(3)
                        .expiry(Duration.ofHours(1)).bufferLength(1).build().merge(config);
            }
        });
        signals = new OutboxSignals(List.of(route.collection()));
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(mongoUri))
                .addCommandListener(new OutboxWriteWatch(signals)).build());
        mongo = new MongoTemplate(client, "outbox-" + UUID.randomUUID());
        context.addApplicationListener(new OutboxWriteListener(signals));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.cloud.stream.kafka.binder.brokers", brokers,
                "spring.cloud.stream.bindings." + BINDING + ".destination", topic)));
        context.refresh();
        mongo.setApplicationContext(context);
        BindingServiceProperties bindings = Binder.get(context.getEnvironment())
                .bindOrCreate("spring.cloud.stream", Bindable.ofInstance(new BindingServiceProperties()));
        producer = new OutboxProducer(new OutboxTopics(context, bindings, new KafkaProperties()), properties,
                List.of(failingOnce()));
        relay = new OutboxRelay(mongo, producer, List.of(route), signals, properties, meters);
    }

    /** The next send of a record matching {@code which} fails before it reaches the broker. */
    void failNextSendOf(Predicate<ProducerRecord<byte[], byte[]>> which) {
        synchronized (failOnce) {
            failOnce.add(which);
        }
    }

    void startLoop() {
        loop = new OutboxRelayLoop(relay, signals, properties);
        loop.start();
    }

    /** Everything on the topic now, in offset order (the test topic has one partition). */
    List<ConsumerRecord<String, String>> topicContents() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }

    @SuppressWarnings("unchecked")
    private ProducerPostProcessor<byte[], byte[]> failingOnce() {
        return real -> (Producer<byte[], byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && args.length == 2 && shouldFail((ProducerRecord<byte[], byte[]>) args[0])) {
                        RuntimeException failure = new IllegalStateException("injected send failure");
                        ((Callback) args[1]).onCompletion(null, failure);
                        return CompletableFuture.failedFuture(failure);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private boolean shouldFail(ProducerRecord<byte[], byte[]> record) {
        synchronized (failOnce) {
            return failOnce.removeIf(which -> which.test(record)) ;
        }
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.stop();
        }
        producer.close();
        context.close();
        client.close();
    }
}
