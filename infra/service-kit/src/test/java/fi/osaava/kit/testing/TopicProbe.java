package fi.osaava.kit.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what really reached a topic, from its beginning, as a separate consumer group would. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    private TopicProbe(String brokers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    public static TopicProbe on(String brokers, String topic) {
        return new TopicProbe(brokers, topic);
    }

    /** Polls until at least {@code count} records arrived or the timeout passed; returns what arrived. */
    public List<ConsumerRecord<String, String>> await(int count, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    /**
     * Polls until a record with {@code key} arrived or the timeout passed; returns the records with that key. The
     * topic is shared: other tests' records (read from the earliest offset) do not end the wait.
     */
    public List<ConsumerRecord<String, String>> awaitKey(String key, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (key.equals(record.key())) {
                    records.add(record);
                }
            });
        }
        return records;
    }

    /** Polls for the whole period: what arrived in it (to show that nothing more came). */
    public List<ConsumerRecord<String, String>> drain(Duration period) {
        return await(Integer.MAX_VALUE, period);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Map<String, String> ceHeaders(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new java.util.TreeMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_")) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
