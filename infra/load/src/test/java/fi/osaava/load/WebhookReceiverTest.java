package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private WebhookReceiver receiver;
    private String endpoint;

    @BeforeEach
    void start() {
        receiver = WebhookReceiver.start(300);
        receiver.listen((need, path, id) -> received.add(need + " " + path + " " + id));
        endpoint = receiver.endpoint("w0");
        receiver.secret(endpoint, SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void passesOnEverySignedCallWithItsIdAndCountsARepeatOfAnId() throws Exception {
        assertThat(post("msg_1", "{\"title\":\"Vikatesti [load 42]\"}", SECRET)).isEqualTo(204);
        assertThat(post("msg_1", "{\"title\":\"Vikatesti [load 42]\"}", SECRET)).isEqualTo(204);
        assertThat(post("msg_2", "{\"title\":\"Vikatesti [load 42]\"}", SECRET)).isEqualTo(204);

        assertThat(received).containsExactly("42 /hooks/w0 msg_1", "42 /hooks/w0 msg_1", "42 /hooks/w0 msg_2");
        assertThat(receiver.repeats()).isEqualTo(1);
        assertThat(receiver.badSignatures()).isZero();
    }

    @Test
    void refusesACallSignedWithAnotherSecretAndTakesNothing() throws Exception {
        String other = "whsec_" + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4});

        assertThat(post("msg_1", "{\"title\":\"[load 1]\"}", other)).isEqualTo(401);

        assertThat(received).isEmpty();
        assertThat(receiver.badSignatures()).isEqualTo(1);
    }

    @Test
    void failingTakesNothingAndSlowTakesTheCallButAnswersLate() throws Exception {
        receiver.behave(WebhookReceiver.Mode.FAILING);
        assertThat(post("msg_1", "{\"title\":\"[load 1]\"}", SECRET)).isEqualTo(500);
        assertThat(received).isEmpty();

        receiver.behave(WebhookReceiver.Mode.SLOW);
        long began = System.nanoTime();
        assertThat(post("msg_1", "{\"title\":\"[load 1]\"}", SECRET)).isEqualTo(204);
        assertThat((System.nanoTime() - began) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(received).containsExactly("1 /hooks/w0 msg_1");
        assertThat(receiver.answered500()).isEqualTo(1);
    }

    private int post(String id, String body, String secret) throws Exception {
        long timestamp = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        String signature = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", "v0,ignored " + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
