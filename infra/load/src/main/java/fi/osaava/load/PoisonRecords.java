package fi.osaava.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import fi.osaava.localstack.LocalStack;

/**
 * The poison scenario and its check: a record no consumer can read, with a key of its own, on every topic a service
 * consumes; at the end, every one of them must be on a dead-letter topic, and nothing else may be.
 */
final class PoisonRecords {

    private final LocalStack stack;
    private final Consumer<String> progress;
    private final List<String> keys = new CopyOnWriteArrayList<>();

    PoisonRecords(LocalStack stack, Consumer<String> progress) {
        this.stack = stack;
        this.progress = progress;
    }

    /** A record no consumer can read, with a key of its own, on every topic a service consumes. */
    void sendToEveryConsumedTopic() {
        Set<String> topics = consumedTopics();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (String topic : topics) {
                String key = "poison-" + topic;
                // no CloudEvents headers and no JSON: no consumer can read it, whatever types it handles
                producer.send(new ProducerRecord<>(topic, key, "{ this is not an event".getBytes(StandardCharsets.UTF_8)));
                keys.add(key);
            }
            producer.flush();
        }
        progress.accept("poison records sent to " + topics);
    }

    /** The topics the services' consumer groups read, from the broker. */
    Set<String> consumedTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            Set<String> topics = new TreeSet<>();
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(listing -> listing.groupId())
                    // the services' own groups only: not their per-instance signal readers, nor this harness
                    .filter(group -> !group.startsWith("anonymous") && !group.startsWith("fault-harness-")).toList();
            admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS).values().forEach(group ->
                    group.members().forEach(member -> member.assignment().topicPartitions()
                            .forEach(partition -> topics.add(partition.topic()))));
            return topics;
        } catch (Exception e) {
            throw new LoadException("could not list the consumed topics: " + e, e);
        }
    }

    /** The dead letters on every service's dead-letter topic: key → how many. */
    Map<String, Integer> deadLetters() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-harness-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Integer> keys = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
                if (topic.endsWith(".dead-letters.v1")) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Deadline deadline = Deadline.in(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && !deadline.passed()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.merge(String.valueOf(record.key()), 1, Integer::sum);
                }
            }
        }
        return keys;
    }

    /** The keys of the poison records sent so far. */
    List<String> keys() {
        return keys;
    }

    /** Every poison record dead-lettered, and nothing else: what is not so, a line each. */
    List<String> problems() {
        return problems(keys, deadLetters());
    }

    static List<String> problems(List<String> poisonKeys, Map<String, Integer> deadLetters) {
        List<String> problems = new ArrayList<>();
        for (String key : poisonKeys) {
            if (!deadLetters.containsKey(key)) {
                problems.add("poison record " + key + " was not dead-lettered");
            }
        }
        deadLetters.keySet().stream().filter(key -> !poisonKeys.contains(key))
                .forEach(key -> problems.add("dead letter of a record that was not poison: key " + key));
        return problems;
    }
}
