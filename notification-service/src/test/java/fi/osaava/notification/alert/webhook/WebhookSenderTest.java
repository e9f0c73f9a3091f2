package fi.osaava.notification.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.subscription.WebhookSecrets;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/** Over real HTTP to receivers on 127.0.0.1, so the local-development switch is on unless said otherwise. */
class WebhookSenderTest {

    private static final String SECRET = WebhookSecrets.newSecret();
    private static final byte[] BODY = "{\"type\":\"need.published\",\"data\":{\"needId\":\"n-1\",\"title\":\"Hitsaaja\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private static final WebhookProperties LOCAL = WebhookProperties.defaults().withPrivateTargetsAllowed();

    /** Lenient enough that a few failures in a test do not open it. */
    private static final CircuitBreakerConfig FORGIVING_BREAKER = CircuitBreakerConfig.custom()
            .slidingWindowSize(100).minimumNumberOfCalls(100).build();
    private static final RateLimiterConfig GENEROUS_LIMIT = RateLimiterConfig.custom()
            .limitForPeriod(1000).limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build();

    @Test
    void signsTheRequestSoTheReferenceLibraryVerifiesItAndSendsTheAgreedHeaders() {
        try (Receiver receiver = Receiver.verifying(SECRET)) {
            WebhookOutcome outcome = sender(LOCAL).send(receiver.endpoint(), "msg_1", Instant.now(), BODY,
                    List.of(SECRET));

            assertThat(outcome).isEqualTo(new WebhookOutcome.Delivered(204));
            Receiver.Request request = receiver.requests().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/hook");
            assertThat(request.body()).isEqualTo(BODY);
            assertThat(request.header("content-type")).isEqualTo("application/json");
            assertThat(request.header("user-agent")).isEqualTo("Osaava-Webhooks/1");
            assertThat(request.header("webhook-id")).isEqualTo("msg_1");
            assertThat(request.header("webhook-timestamp")).matches("\\d+");
            assertThat(request.header("webhook-signature")).startsWith("v1,");
        }
    }

    @Test
    void aReceiverWithAnotherSecretDoesNotVerify() {
        try (Receiver receiver = Receiver.verifying(WebhookSecrets.newSecret())) {
            WebhookOutcome outcome = sender(LOCAL).send(receiver.endpoint(), "msg_1", Instant.now(), BODY,
                    List.of(SECRET));

            assertThat(outcome).isEqualTo(new WebhookOutcome.Failed("The receiver answered HTTP 401", 401));
        }
    }

    @Test
    void duringRotationBothSecretsSignSoAReceiverKnowingEitherOneVerifies() {
        String old = WebhookSecrets.newSecret();
        String fresh = WebhookSecrets.newSecret();
        WebhookSender sender = sender(LOCAL);

        try (Receiver knowsOld = Receiver.verifying(old); Receiver knowsNew = Receiver.verifying(fresh)) {
            assertThat(sender.send(knowsOld.endpoint(), "msg_r", Instant.now(), BODY, List.of(old, fresh)))
                    .isEqualTo(new WebhookOutcome.Delivered(204));
            assertThat(sender.send(knowsNew.endpoint(), "msg_r", Instant.now(), BODY, List.of(old, fresh)))
                    .isEqualTo(new WebhookOutcome.Delivered(204));
            assertThat(knowsOld.requests().get(0).header("webhook-signature").split(" ")).hasSize(2)
                    .allSatisfy(signature -> assertThat(signature).startsWith("v1,"));
        }
    }

    @Test
    void eachAttemptIsOneCallSoA500IsFailedUntilTheReceiverRecovers() {
        WebhookSender sender = sender(LOCAL);
        try (Receiver receiver = Receiver.answering(500, 500, 500, 200)) {
            List<WebhookOutcome> outcomes = List.of(send(sender, receiver), send(sender, receiver),
                    send(sender, receiver), send(sender, receiver));

            WebhookOutcome failed = new WebhookOutcome.Failed("The receiver answered HTTP 500", 500);
            assertThat(outcomes).containsExactly(failed, failed, failed, new WebhookOutcome.Delivered(200));
            assertThat(receiver.hits()).isEqualTo(4);
            // the same webhook-id on every attempt, so the receiver can drop duplicates
            assertThat(receiver.requests()).extracting(request -> request.header("webhook-id")).containsOnly("msg_1");
        }
    }

    @Test
    void a410MeansTheEndpointIsGone() {
        try (Receiver receiver = Receiver.answering(410)) {
            assertThat(send(sender(LOCAL), receiver)).isEqualTo(new WebhookOutcome.Gone());
        }
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        try (Receiver receiver = Receiver.answering(302)) {
            WebhookOutcome outcome = send(sender(LOCAL), receiver);

            assertThat(outcome).isInstanceOfSatisfying(WebhookOutcome.Failed.class,
                    failed -> assertThat(failed.status()).isEqualTo(302));
            assertThat(receiver.requests()).extracting(Receiver.Request::path).containsExactly("/hook");
        }
    }

    @Test
    void internalTargetsAreRefusedWithoutAConnectionWhenTheSwitchIsOff() {
        WebhookSender sender = sender(WebhookProperties.defaults());

        assertThat(sender.send(URI.create("http://169.254.169.254/"), "msg_1", Instant.now(), BODY, List.of(SECRET)))
                .isInstanceOf(WebhookOutcome.Refused.class);
        assertThat(sender.send(URI.create("https://169.254.169.254/"), "msg_1", Instant.now(), BODY, List.of(SECRET)))
                .isInstanceOf(WebhookOutcome.Refused.class);
        assertThat(sender.send(URI.create("https://10.0.0.1/"), "msg_1", Instant.now(), BODY, List.of(SECRET)))
                .isInstanceOf(WebhookOutcome.Refused.class);
        try (Receiver receiver = Receiver.answering(204)) {
            URI overHttps = URI.create(receiver.endpoint().toString().replace("http:", "https:"));

            assertThat(send(sender, receiver)).isInstanceOf(WebhookOutcome.Refused.class);
            assertThat(sender.send(overHttps, "msg_1", Instant.now(), BODY, List.of(SECRET)))
                    .isInstanceOf(WebhookOutcome.Refused.class);
            assertThat(receiver.hits()).isZero();
        }
    }

    @Test
    void theConnectionGoesToTheAddressTheGuardsLookupAnsweredNotToASecondLookup() {
        AtomicInteger lookups = new AtomicInteger();
        // a name no real DNS knows: only the guard's resolver can take the client to the receiver
        WebhookTargetGuard guard = new WebhookTargetGuard(true, host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        });
        try (Receiver receiver = Receiver.answering(204)) {
            URI byName = URI.create("http://receiver.osaava.invalid:" + receiver.endpoint().getPort() + "/hook");

            WebhookOutcome outcome = sender(LOCAL, guard).send(byName, "msg_1", Instant.now(), BODY, List.of(SECRET));

            assertThat(outcome).isEqualTo(new WebhookOutcome.Delivered(204));
            assertThat(receiver.hits()).isOne();
            assertThat(lookups).hasValue(1);
        }
    }

    @Test
    void aNameThatRebindsToAnInternalAddressAfterTheCheckIsNotCalledThere() {
        AtomicInteger lookups = new AtomicInteger();
        // DNS rebinding: a public address for the first question, loopback for any later one
        WebhookTargetGuard guard = new WebhookTargetGuard(false, host -> new InetAddress[] {
                lookups.getAndIncrement() == 0 ? InetAddress.getByName("198.51.100.7") : InetAddress.getLoopbackAddress()});
        WebhookProperties quick = new WebhookProperties(false, Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofHours(24));
        try (Receiver receiver = Receiver.answering(204)) {
            URI rebinding = URI.create("https://rebind.osaava.invalid:" + receiver.endpoint().getPort() + "/hook");

            WebhookOutcome outcome = sender(quick, guard).send(rebinding, "msg_1", Instant.now(), BODY, List.of(SECRET));

            // connected (or tried) to 198.51.100.7, the address checked: never to the receiver on loopback
            assertThat(outcome).isInstanceOf(WebhookOutcome.Failed.class);
            assertThat(receiver.hits()).isZero();
            assertThat(lookups).hasValue(1);
        }
    }

    @Test
    void aNameThatResolvesToAnInternalAddressIsRefusedAtConnectionWithoutTakingTheBreakersPermission() {
        WebhookTargetGuard guard = new WebhookTargetGuard(false, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        breakers.addConfiguration(WebhookSender.CONFIGURATION, FORGIVING_BREAKER);
        RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
        limiters.addConfiguration(WebhookSender.CONFIGURATION, GENEROUS_LIMIT);
        WebhookSender sender = new WebhookSender(WebhookProperties.defaults(), guard, breakers, limiters);

        WebhookOutcome outcome = sender.send(URI.create("https://internal.osaava.invalid/hook"), "msg_1", Instant.now(),
                BODY, List.of(SECRET));

        assertThat(outcome).isEqualTo(new WebhookOutcome.Refused("The endpoint must not point to a private, loopback, "
                + "link-local or otherwise internal address"));
        assertThat(breakers.circuitBreaker("webhook:internal.osaava.invalid", WebhookSender.CONFIGURATION).getMetrics()
                .getNumberOfBufferedCalls()).isZero();
    }

    @Test
    void afterEnoughFailuresTheHostsBreakerOpensAndTheNextSendDoesNotReachTheReceiver() {
        CircuitBreakerConfig opensAfterFourFailures = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofHours(1)).build();
        WebhookSender sender = sender(LOCAL, opensAfterFourFailures, GENEROUS_LIMIT);

        try (Receiver receiver = Receiver.answering(503)) {
            for (int i = 0; i < 4; i++) {
                assertThat(send(sender, receiver)).isEqualTo(new WebhookOutcome.Failed("The receiver answered HTTP 503", 503));
            }

            WebhookOutcome fifth = send(sender, receiver);

            assertThat(fifth).isInstanceOfSatisfying(WebhookOutcome.Failed.class, failed -> {
                assertThat(failed.reason()).contains("circuit breaker");
                assertThat(failed.status()).isNull();
            });
            assertThat(receiver.hits()).isEqualTo(4);
        }
    }

    @Test
    void clientErrorsDoNotOpenTheBreakerBecauseTheHostIsUp() {
        CircuitBreakerConfig opensAfterFourFailures = CircuitBreakerConfig.custom()
                .slidingWindowSize(4).minimumNumberOfCalls(4).waitDurationInOpenState(Duration.ofHours(1)).build();
        WebhookSender sender = sender(LOCAL, opensAfterFourFailures, GENEROUS_LIMIT);

        try (Receiver receiver = Receiver.answering(400, 400, 400, 400, 204)) {
            for (int i = 0; i < 4; i++) {
                send(sender, receiver);
            }

            assertThat(send(sender, receiver)).isEqualTo(new WebhookOutcome.Delivered(204));
        }
    }

    @Test
    void whenTheHostsRateLimitIsUsedUpTheSendFailsWithoutReachingTheReceiver() {
        RateLimiterConfig onePerHour = RateLimiterConfig.custom().limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofHours(1)).timeoutDuration(Duration.ZERO).build();
        WebhookSender sender = sender(LOCAL, FORGIVING_BREAKER, onePerHour);

        try (Receiver receiver = Receiver.answering(204)) {
            assertThat(send(sender, receiver)).isEqualTo(new WebhookOutcome.Delivered(204));

            WebhookOutcome second = send(sender, receiver);

            assertThat(second).isInstanceOfSatisfying(WebhookOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).contains("rate limit"));
            assertThat(receiver.hits()).isEqualTo(1);
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailure() {
        WebhookProperties impatient = new WebhookProperties(true, Duration.ofSeconds(3), Duration.ofMillis(200),
                Duration.ofHours(24));
        CountDownLatch answer = new CountDownLatch(1);
        try (Receiver receiver = Receiver.answeringOnlyAfter(answer)) {
            WebhookOutcome outcome = send(sender(impatient), receiver);

            assertThat(outcome).isEqualTo(new WebhookOutcome.Failed("Timed out waiting for the receiver's answer", null));
        } finally {
            answer.countDown();
        }
    }

    @Test
    void aReceiverThatIsNotListeningIsAFailure() {
        URI closed;
        try (Receiver receiver = Receiver.answering(204)) {
            closed = receiver.endpoint();
        }

        WebhookOutcome outcome = sender(LOCAL).send(closed, "msg_1", Instant.now(), BODY, List.of(SECRET));

        assertThat(outcome).isEqualTo(new WebhookOutcome.Failed("Could not connect to the receiver", null));
    }

    @Test
    void aMalformedSecretIsTheCallersErrorAndUsesUpNoRateLimit() {
        RateLimiterConfig onePerHour = RateLimiterConfig.custom().limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofHours(1)).timeoutDuration(Duration.ZERO).build();
        WebhookSender sender = sender(LOCAL, FORGIVING_BREAKER, onePerHour);

        try (Receiver receiver = Receiver.answering(204)) {
            assertThatThrownBy(() -> sender.send(receiver.endpoint(), "msg_1", Instant.now(), BODY,
                    List.of("whsec_not base64!"))).isInstanceOf(IllegalArgumentException.class);

            assertThat(send(sender, receiver)).isEqualTo(new WebhookOutcome.Delivered(204));
        }
    }

    private static WebhookOutcome send(WebhookSender sender, Receiver receiver) {
        return sender.send(receiver.endpoint(), "msg_1", Instant.now(), BODY, List.of(SECRET));
    }

    private static WebhookSender sender(WebhookProperties properties) {
        return sender(properties, FORGIVING_BREAKER, GENEROUS_LIMIT);
    }

    private static WebhookSender sender(WebhookProperties properties, WebhookTargetGuard guard) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        breakers.addConfiguration(WebhookSender.CONFIGURATION, FORGIVING_BREAKER);
        RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
        limiters.addConfiguration(WebhookSender.CONFIGURATION, GENEROUS_LIMIT);
        return new WebhookSender(properties, guard, breakers, limiters);
    }

    private static WebhookSender sender(WebhookProperties properties, CircuitBreakerConfig breaker,
                                        RateLimiterConfig limit) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        breakers.addConfiguration(WebhookSender.CONFIGURATION, breaker);
        RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
        limiters.addConfiguration(WebhookSender.CONFIGURATION, limit);
        return new WebhookSender(properties, new WebhookTargetGuard(properties), breakers, limiters);
    }
}
