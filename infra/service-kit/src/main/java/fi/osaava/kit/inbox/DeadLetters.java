package fi.osaava.kit.inbox;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.messaging.support.MessageBuilder;

import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;

/**
 * Where every consumer binding's given-up records go ({@code error-handler-definition: deadLetters}): the
 * record, unchanged — key, value, headers — to the service's dead-letter topic (binding
 * {@value #BINDING}), with {@code x-original-topic}, {@code -partition}, {@code -offset}, {@code -timestamp}
 * and {@code x-exception-message}, which <em>begins with the reason</em> the consumer gave, not with the
 * binder's wrappers around it.
 *
 * <p>A rejection (a {@link MalformedEventException}, or a record breaking a rule: {@link InvalidFieldException},
 * {@link ConflictException}) is an expected outcome and logs one WARN line with the reason. Anything else
 * was retried and still failed: that is logged at ERROR with its stack trace, and the dead letter carries
 * {@code x-exception-stacktrace}. The record's offset is committed only after the dead letter was
 * acknowledged (the binding is synchronous); if it cannot be sent, the failure goes back to the
 * container, which delivers the record again.
 */
public class DeadLetters implements Consumer<ErrorMessage> {

    public static final String BINDING = "deadLetters-out";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final StreamBridge streamBridge;

    public DeadLetters(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    @Override
    public void accept(ErrorMessage error) {
        Throwable reason = reason(error.getPayload());
        boolean rejected = isRejection(reason);
        Object raw = error.getHeaders().get(KafkaHeaders.RAW_DATA);
        if (!(raw instanceof ConsumerRecord<?, ?> record)) {
            log.error("A consumed record failed and cannot be dead-lettered (the error carries no record): {}",
                    message(reason), error.getPayload());
            return;
        }
        if (!streamBridge.send(BINDING, deadLetter(record, reason, rejected))) {
            throw new IllegalStateException("binding " + BINDING + " refused the dead letter");
        }
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (rejected) {
            log.warn("Dead-lettered {} (key {}, type {}): {}", where, text(record.key()), type(record), message(reason));
        } else {
            log.error("Dead-lettered {} (key {}, type {}) after its retries failed: {}", where, text(record.key()),
                    type(record), message(reason), reason);
        }
    }

    public static SmartInitializingSingleton checking(BindingServiceProperties bindings) {
        return new DeadLetterBindings(bindings);
    }

    public static MessageHandler errorChannelLog() {
        return new ErrorChannelLog();
    }

    /** A record that can never be applied, as opposed to one that failed for a reason that may pass. */
    public static boolean isRejection(Throwable reason) {
        return reason instanceof MalformedEventException || reason instanceof InvalidFieldException
                || reason instanceof ConflictException;
    }

    /** The exception the consumer threw, under the binder's, the retry's and the function's wrappers. */
    public static Throwable reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause && isWrapper(cause)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isWrapper(Throwable failure) {
        String name = failure.getClass().getName();
        return name.startsWith("org.springframework.messaging.") || name.startsWith("org.springframework.integration.")
                || name.startsWith("org.springframework.core.retry.") || name.startsWith("org.springframework.cloud.")
                || name.startsWith("org.springframework.kafka.") || failure instanceof java.lang.reflect.UndeclaredThrowableException
                || failure instanceof java.lang.reflect.InvocationTargetException
                || failure instanceof java.util.concurrent.CompletionException;
    }

    private static Message<byte[]> deadLetter(ConsumerRecord<?, ?> record, Throwable reason, boolean rejected) {
        byte[] value = record.value() instanceof byte[] bytes ? bytes
                : record.value() == null ? new byte[0] : utf8(String.valueOf(record.value()));
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(value);
        for (Header header : record.headers()) {
            builder.setHeader(header.key(), header.value());
        }
        if (record.key() != null) {
            builder.setHeader(KafkaHeaders.KEY, record.key() instanceof byte[] bytes ? bytes : utf8(String.valueOf(record.key())));
        }
        builder.setHeader("x-original-topic", utf8(record.topic()))
                .setHeader("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array())
                .setHeader("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array())
                .setHeader("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array())
                .setHeader("x-original-timestamp-type", utf8(record.timestampType().toString()))
                .setHeader("x-exception-message", utf8(message(reason)))
                .setHeader("x-exception-fqcn", utf8(reason.getClass().getName()));
        if (!rejected) {
            StringWriter trace = new StringWriter();
            reason.printStackTrace(new PrintWriter(trace));
            builder.setHeader("x-exception-stacktrace", utf8(trace.toString()));
        }
        return builder.build();
    }

    private static String message(Throwable reason) {
        return reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
    }

    private static String type(ConsumerRecord<?, ?> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? "unknown" : new String(type.value(), StandardCharsets.UTF_8);
    }

    private static String text(Object key) {
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(key);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
