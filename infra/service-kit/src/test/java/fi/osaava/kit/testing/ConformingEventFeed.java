package fi.osaava.kit.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import fi.osaava.kit.testing.ConformingEvents.Instance;

/**
 * Feeds schema-conforming events to a running service as another producer would (real Kafka records, CloudEvents
 * headers, the aggregate id as key), waits until the service's consumer group has handled every one of them
 * (its committed offsets reached the end of each topic) and tells which of them were dead-lettered, and why.
 * Nothing here waits for a fixed time: "consumed" is the group's own word for it.
 */
public final class ConformingEventFeed implements AutoCloseable {

    private final String brokers;
    private final TestEvents events;
    private final Admin admin;
    private final Map<String, Instance> sent = new LinkedHashMap<>();
    private final Set<String> topics = new LinkedHashSet<>();

    private ConformingEventFeed(String brokers) {
        this.brokers = brokers;
        this.events = TestEvents.to(brokers);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        this.admin = Admin.create(props);
    }

    public static ConformingEventFeed to(String brokers) {
        return new ConformingEventFeed(brokers);
    }

    /**
     * The topics (or topic patterns) the service's input bindings read, each with its consumer group. A binding
     * without a group (an anonymous one per instance, e.g. notification-service's signals between its own
     * instances) reads no contract's events and is left out.
     */
    public static Map<String, String> inputs(BindingServiceProperties bindings) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, BindingProperties> binding : bindings.getBindings().entrySet()) {
            if (binding.getKey().contains("-in-") && binding.getValue().getGroup() != null) {
                inputs.put(binding.getValue().getDestination(), binding.getValue().getGroup());
            }
        }
        return inputs;
    }

    /**
     * Sends {@code varied} + the fixed shapes of every event type on every topic the service's input bindings read,
     * and waits until each consumer group has handled them all.
     *
     * @return the event types fed
     */
    public Set<String> feedEveryTypeConsumed(BindingServiceProperties bindings, int varied, Duration patience) {
        Map<String, String> inputs = inputs(bindings);
        Set<String> fed = new java.util.TreeSet<>();
        inputs.keySet().forEach(topic -> EventTopics.typesOn(topic).forEach(type -> {
            ConformingEvents.of(type, varied).forEach(instance -> send(topic, instance));
            fed.add(type);
        }));
        Set.copyOf(inputs.values()).forEach(group -> awaitHandledBy(group, patience));
        return fed;
    }

    /** Sends the instance on the topic with a fresh {@code ce_id}; its key is the data's key property. */
    public void send(String topic, Instance instance) {
        send(topic, instance.text(EventTopics.keyProperty(instance.type())), instance);
    }

    public void send(String topic, String key, Instance instance) {
        String ceId = UUID.randomUUID().toString();
        events.send(topic, key, instance.type(), instance.json(), ceId);
        sent.put(ceId, instance);
        topics.add(topic);
    }

    public int sentCount() {
        return sent.size();
    }

    /** Waits until the group has committed past every record now on the topics this feed sent to. */
    public void awaitHandledBy(String group, Duration patience) {
        Map<TopicPartition, Long> ends = endOffsets(topics);
        await().atMost(patience).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
        });
    }

    /** "type label: reason" for each record of this feed on the dead-letter topic, read to its current end. */
    public List<String> deadLettered(String deadLetterTopic) {
        List<String> dead = new ArrayList<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> infos = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return dead;
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Instance instance = sent.get(TopicProbe.header(record, "ce_id"));
                    if (instance != null) {
                        dead.add(instance + ": " + TopicProbe.header(record, "x-exception-message") + "\n  " + instance.json());
                    }
                }
            }
        }
        return dead;
    }

    private Map<TopicPartition, Long> endOffsets(Set<String> names) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get().values().forEach(description ->
                    description.partitions().forEach(p ->
                            latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + names, e);
        }
    }

    @Override
    public void close() {
        events.close();
        admin.close();
    }
}
