package fi.osaava.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.bson.Document;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerPostProcessor;

import fi.osaava.kit.event.CloudEventHeaders;

/**
 * Sends outbox events as CloudEvents (binary mode: {@code ce_} headers as raw UTF-8 bytes, the subject as the
 * record key, the JSON payload as the value) to their bindings' topics, without waiting: each send answers with
 * a future of its acknowledgement. Bindings with the same producer settings share one producer.
 */
final class OutboxProducer implements AutoCloseable {

    private record Target(String topic, KafkaTemplate<byte[], byte[]> template) {
    }

    private final OutboxTopics topics;
    private final OutboxProperties properties;
    private final List<ProducerPostProcessor<byte[], byte[]>> postProcessors;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final Map<Map<String, Object>, DefaultKafkaProducerFactory<byte[], byte[]>> factories =
            new ConcurrentHashMap<>();

    OutboxProducer(OutboxTopics topics, OutboxProperties properties,
                   List<ProducerPostProcessor<byte[], byte[]>> postProcessors) {
        this.topics = topics;
        this.properties = properties;
        this.postProcessors = postProcessors;
    }

    /** Sends one outbox event; the future completes when the broker acknowledged it, or fails. */
    CompletableFuture<?> send(String binding, Document event) {
        try {
            Target target = targets.computeIfAbsent(binding, this::target);
            return target.template().send(record(target.topic(), event));
        } catch (RuntimeException e) {
            // refused before it left (no metadata in time, too large, topic not creatable): a failed send like others
            return CompletableFuture.failedFuture(e);
        }
    }

    private Target target(String binding) {
        topics.provision(binding);
        DefaultKafkaProducerFactory<byte[], byte[]> factory = factories.computeIfAbsent(
                topics.producerConfig(binding, properties), config -> {
                    DefaultKafkaProducerFactory<byte[], byte[]> created = new DefaultKafkaProducerFactory<>(config);
                    postProcessors.forEach(created::addPostProcessor);
                    return created;
                });
        return new Target(topics.topic(binding), new KafkaTemplate<>(factory));
    }

    private ProducerRecord<byte[], byte[]> record(String topic, Document event) {
        String type = event.getString("type");
        String subject = event.getString("subject");
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(subject),
                bytes(event.getString("payload")));
        Headers headers = record.headers();
        headers.add(CloudEventHeaders.ID, bytes(event.getString("eventId")));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SOURCE, bytes(properties.source()));
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.TIME, bytes(timeOf(event).toString()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(subject));
        headers.add(CloudEventHeaders.DATA_SCHEMA, bytes(CloudEventHeaders.dataSchemaOf(type)));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
        return record;
    }

    static Instant timeOf(Document event) {
        Object time = event.get("time");
        return time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
    }

    // raw UTF-8 header values, as the CloudEvents Kafka binding expects (no JSON quoting)
    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Closes the producers, after sending what they still hold. */
    @Override
    public void close() {
        factories.values().forEach(DefaultKafkaProducerFactory::destroy);
    }
}
