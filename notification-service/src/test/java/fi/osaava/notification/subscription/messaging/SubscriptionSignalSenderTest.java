package fi.osaava.notification.subscription.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;

/** The sender of subscription change signals: the request that changed a subscription never waits for the broker. */
class SubscriptionSignalSenderTest {

    @Test
    void aChangeIsSignalledOnAThreadOfItsOwnInOrderWhileTheBrokerDoesNotAnswer() throws Exception {
        StreamBridge bridge = mock(StreamBridge.class);
        CountDownLatch brokerBack = new CountDownLatch(1);
        List<String> sent = new CopyOnWriteArrayList<>();
        when(bridge.send(eq(SubscriptionSignalsOverKafka.OUT), any())).thenAnswer(call -> {
            brokerBack.await(10, TimeUnit.SECONDS); // a producer waiting for a broker that is away
            sent.add(new String((byte[]) ((Message<?>) call.getArgument(1)).getPayload(), StandardCharsets.UTF_8));
            return true;
        });
        SubscriptionSignalsOverKafka.Sender sender = new SubscriptionSignalsOverKafka.Sender(bridge);

        long began = System.nanoTime();
        sender.changed("s1", 1);
        sender.changed("s2", 2);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        assertThat(tookMillis).isLessThan(1_000);
        assertThat(sent).isEmpty();
        brokerBack.countDown();
        verify(bridge, timeout(5_000).times(2)).send(eq(SubscriptionSignalsOverKafka.OUT), any());
        // the second call is recorded as it begins; what it sends is added once the broker answers it
        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 2);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).contains("\"subscriptionId\":\"s1\"", "\"change\":1", sender.instance());
        assertThat(sent.get(1)).contains("\"subscriptionId\":\"s2\"");
        sender.destroy();
    }
}
