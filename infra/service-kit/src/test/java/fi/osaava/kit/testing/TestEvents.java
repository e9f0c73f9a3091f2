package fi.osaava.kit.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes records the way another producer would (a provider's system, kcat): CloudEvents
 * attributes as raw UTF-8 headers, JSON body, aggregate id as key, no content-type header.
 */
public final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    private TestEvents(String brokers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    public static TestEvents to(String brokers) {
        return new TestEvents(brokers);
    }

    /** Sends a CloudEvent with a fresh {@code ce_id}; returns that id. */
    public String send(String topic, String key, String type, String json) {
        String id = UUID.randomUUID().toString();
        send(topic, key, type, json, id);
        return id;
    }

    /** Sends a CloudEvent with the given {@code ce_id} (to model a redelivery). */
    public void send(String topic, String key, String type, String json, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_id", ceId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/osaava/tests");
        header(record, "ce_specversion", "1.0");
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", key);
        sendRaw(record);
    }

    /** Sends exactly this record, headers or not: for poison input. */
    public void sendRaw(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send test record to " + record.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
