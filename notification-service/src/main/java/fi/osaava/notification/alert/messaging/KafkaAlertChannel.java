package fi.osaava.notification.alert.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import fi.osaava.kit.event.CloudEventHeaders;
import fi.osaava.notification.alert.Addressee;
import fi.osaava.notification.alert.AlertChannel;
import fi.osaava.notification.alert.Delivery;
import fi.osaava.notification.subscription.Channel;

/**
 * Puts an alert on {@code notification.alerts.v1} (binding {@code alerts-out}, sent synchronously), keyed
 * by the subscription so that one subscriber's alerts stay in order. The delivery log is this channel's
 * outbox: a delivery is SENT only after the broker acknowledged it, and a retry carries the same
 * {@code ce_id} (the delivery id), so a consumer can drop repeats.
 */
@Component
class KafkaAlertChannel implements AlertChannel {

    static final String TYPE = "fi.osaava.notification.alert.raised.v1";

    private final StreamBridge streamBridge;
    private final String source;

    KafkaAlertChannel(StreamBridge streamBridge, @Value("${osaava.outbox.source}") String source) {
        this.streamBridge = streamBridge;
        this.source = source;
    }

    @Override
    public Channel channel() {
        return Channel.KAFKA;
    }

    @Override
    public void send(Delivery delivery, Addressee addressee) {
        if (!streamBridge.send("alerts-out", toMessage(delivery))) {
            throw new IllegalStateException("The alerts topic did not take delivery " + delivery.id());
        }
    }

    private Message<byte[]> toMessage(Delivery delivery) {
        String key = delivery.subscriptionId() == null ? delivery.recipientId() : delivery.subscriptionId();
        String payload = delivery.payload() == null ? "{}" : delivery.payload();
        Instant time = delivery.occurredAt() == null ? delivery.createdAt() : delivery.occurredAt();
        return MessageBuilder.withPayload(payload.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, bytes(key))
                .setHeader(CloudEventHeaders.ID, bytes(delivery.id()))
                .setHeader(CloudEventHeaders.TYPE, bytes(TYPE))
                .setHeader(CloudEventHeaders.SOURCE, bytes(source))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0))
                .setHeader(CloudEventHeaders.TIME, bytes(time.toString()))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(key))
                .setHeader(CloudEventHeaders.DATA_SCHEMA, bytes(CloudEventHeaders.dataSchemaOf(TYPE)))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .build();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
