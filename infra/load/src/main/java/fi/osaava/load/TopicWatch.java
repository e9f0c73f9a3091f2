package fi.osaava.load;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.ObjLongConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain consumer of one topic (every partition assigned, no group, from its end) that hands each record's
 * key and arrival {@link System#nanoTime()} to a callback, for records of one CloudEvents type.
 */
final class TopicWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    TopicWatch(String bootstrapServers, String topic, String ceType, ObjLongConsumer<String> onRecord) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        consumer = new KafkaConsumer<>(properties);
        List<PartitionInfo> partitions = waitForPartitions(topic);
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position); // resolve the end now, before anything is posted
        poller = new Thread(() -> poll(ceType, onRecord), "load-topic-watch-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    private List<PartitionInfo> waitForPartitions(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions != null && !partitions.isEmpty()) {
                return partitions;
            }
            if (System.nanoTime() > deadline) {
                throw new LoadException("topic " + topic + " did not appear within 60 s");
            }
        }
    }

    private void poll(String ceType, ObjLongConsumer<String> onRecord) {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && ceType.equals(new String(type.value(), java.nio.charset.StandardCharsets.UTF_8))
                            && record.key() != null) {
                        onRecord.accept(record.key(), now);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
