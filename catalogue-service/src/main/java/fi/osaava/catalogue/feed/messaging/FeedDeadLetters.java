package fi.osaava.catalogue.feed.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The binder's own dead-letter support does not work with a pattern destination, so this does what it would:
 * binding {@code providerOfferings-in-0} hands every record it gave up on (at once for a rejected one, after the
 * retries for anything else) to {@code providerFeedErrors}, which republishes the record unchanged — key, value,
 * headers — to {@code catalogue.dead-letters.v1} (binding {@code feedDeadLetters-out}) with the same
 * {@code x-original-*} and {@code x-exception-*} headers the binder would add.
 */
@Configuration(proxyBeanMethods = false)
class FeedDeadLetters {

    static final String BINDING = "feedDeadLetters-out";
    private static final Logger log = LoggerFactory.getLogger(FeedDeadLetters.class);

    @Bean
    Consumer<ErrorMessage> providerFeedErrors(StreamBridge streamBridge) {
        return error -> {
            Throwable reason = rootCause(error.getPayload());
            Object raw = error.getHeaders().get(KafkaHeaders.RAW_DATA);
            if (!(raw instanceof ConsumerRecord<?, ?> record)) {
                log.error("A provider feed record failed and cannot be dead-lettered (no raw record): {}",
                        reason.getMessage(), error.getPayload());
                return;
            }
            log.warn("Dead-lettering record {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    bytesToString(record.key()), reason.getMessage());
            if (!streamBridge.send(BINDING, deadLetter(record, reason))) {
                throw new IllegalStateException("binding " + BINDING + " refused the dead letter");
            }
        };
    }

    private static Message<byte[]> deadLetter(ConsumerRecord<?, ?> record, Throwable reason) {
        byte[] value = record.value() instanceof byte[] bytes ? bytes : new byte[0];
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(value);
        for (Header header : record.headers()) {
            builder.setHeader(header.key(), header.value());
        }
        if (record.key() != null) {
            builder.setHeader(KafkaHeaders.KEY, record.key() instanceof byte[] bytes ? bytes : utf8(String.valueOf(record.key())));
        }
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        return builder
                .setHeader("x-original-topic", utf8(record.topic()))
                .setHeader("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array())
                .setHeader("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array())
                .setHeader("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array())
                .setHeader("x-original-timestamp-type", utf8(record.timestampType().toString()))
                .setHeader("x-exception-message", utf8(message))
                .setHeader("x-exception-fqcn", utf8(reason.getClass().getName()))
                .build();
    }

    /** The exception the consumer threw, not the binder's wrappers around it. */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof MessagingException || cause.getClass().getName().startsWith("org.springframework"))
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String bytesToString(Object key) {
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(key);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
