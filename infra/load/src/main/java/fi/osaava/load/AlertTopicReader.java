package fi.osaava.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A subscriber on the Kafka channel, as a consuming system would be: reads {@code notification.alerts.v1} from the
 * start in a group of its own, and hands each record of a watched subscription (the record's key) to the listener
 * with the need's number in its titles and its {@code ce_id}, which stays the same when an alert is sent again.
 * Rides over a broker that goes away: the consumer reconnects by itself.
 */
final class AlertTopicReader implements AutoCloseable {

    static final String TOPIC = "notification.alerts.v1";
    private static final Pattern MARKER = Pattern.compile("\\[load (\\d+)\\]");

    /** An alert for a watched subscription: the need's number (-1: none), the subscription and the record's id. */
    interface Listener {
        void received(long needNumber, String subscriptionId, String eventId);
    }

    private final KafkaConsumer<String, String> consumer;
    private final Listener listener;
    private final Map<String, Boolean> watched = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private AlertTopicReader(String bootstrapServers, Listener listener) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-harness-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"); // the topic appears with the first alert
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(config);
        this.listener = listener;
        this.thread = new Thread(this::run, "alert-topic-reader");
        this.thread.setDaemon(true);
    }

    static AlertTopicReader start(String bootstrapServers, Listener listener) {
        AlertTopicReader reader = new AlertTopicReader(bootstrapServers, listener);
        reader.consumer.subscribe(List.of(TOPIC));
        reader.thread.start();
        return reader;
    }

    /** Records keyed by this subscription are handed on from now on (earlier ones read meanwhile are not). */
    void watch(String subscriptionId) {
        watched.put(subscriptionId, Boolean.TRUE);
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && watched.containsKey(record.key())) {
                        Matcher marker = MARKER.matcher(record.value() == null ? "" : record.value());
                        Header id = record.headers().lastHeader("ce_id");
                        listener.received(marker.find() ? Long.parseLong(marker.group(1)) : -1, record.key(),
                                id == null ? null : new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() asked
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
