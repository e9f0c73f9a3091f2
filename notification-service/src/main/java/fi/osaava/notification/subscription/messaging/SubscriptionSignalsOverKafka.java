package fi.osaava.notification.subscription.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import fi.osaava.kit.inbox.MalformedEventException;
import fi.osaava.notification.subscription.SubscriptionIndex;
import fi.osaava.notification.subscription.SubscriptionSignals;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscription changes between this service's instances: binding {@code subscriptionSignals-out} writes one small
 * record per change to {@code notification.subscription-changes.v1}, and binding {@code subscriptionSignals-in-0}
 * reads that topic in an anonymous consumer group of its own (every instance reads every record, from the latest
 * offset), applying the changes other instances made. This is the service's own cache signal, not a domain event:
 * no other service reads it, so it has no contract in {@code infra/contracts} and no CloudEvents envelope.
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionSignalsOverKafka {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSignalsOverKafka.class);
    static final String OUT = "subscriptionSignals-out";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One change: which subscription, the instance that wrote it and the number its write was counted as. */
    record Signal(String subscriptionId, String instance, long change) {
    }

    /**
     * Sends this instance's changes, on a thread of its own: the request that changed a subscription does not wait
     * for the broker (the fault harness saw a subscription's {@code POST} wait 21 s while the broker was away, the
     * producer waiting for it). Its id tells its own records apart when they come back. At most
     * {@link #QUEUE} signals wait; beyond that, and when the broker refuses, the others learn of the change at their
     * next catch-up.
     */
    @Component
    static class Sender implements SubscriptionSignals, DisposableBean {

        static final int QUEUE = 10_000;

        private final StreamBridge bridge;
        private final String instance = UUID.randomUUID().toString();
        private final ThreadPoolExecutor sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "subscription-signals");
                    thread.setDaemon(true);
                    return thread;
                }, (dropped, executor) -> log.warn("{} subscription change signals wait already: the other instances "
                        + "learn of this one at their next catch-up", QUEUE));

        Sender(StreamBridge bridge) {
            this.bridge = bridge;
        }

        String instance() {
            return instance;
        }

        @Override
        public void changed(String subscriptionId, long change) {
            sending.execute(() -> send(subscriptionId, change));
        }

        private void send(String subscriptionId, long change) {
            try {
                byte[] body = JSON.writeValueAsBytes(new Signal(subscriptionId, instance, change));
                bridge.send(OUT, MessageBuilder.withPayload(body).setHeader(KafkaHeaders.KEY,
                        subscriptionId.getBytes(StandardCharsets.UTF_8)).build());
            } catch (RuntimeException e) {
                // the others learn of it at their next catch-up
                log.warn("Could not signal the change of subscription {} to the other instances: {}", subscriptionId,
                        e.toString());
            }
        }

        /** Sends what waits (up to 5 s) before the binder's producers go. */
        @Override
        public void destroy() throws InterruptedException {
            sending.shutdown();
            sending.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Bean
    Consumer<Message<byte[]>> subscriptionSignals(Sender sender, SubscriptionIndex index) {
        return message -> {
            Signal signal;
            try {
                signal = JSON.readValue(message.getPayload(), Signal.class);
            } catch (JacksonException e) {
                throw new MalformedEventException("not a subscription change signal: " + e.getOriginalMessage(), e);
            }
            if (signal.subscriptionId() == null || signal.instance() == null) {
                throw new MalformedEventException("a subscription change signal names a subscription and an instance");
            }
            if (!signal.instance().equals(sender.instance())) {
                index.changedElsewhere(signal.subscriptionId(), signal.change());
            }
        };
    }
}
