package fi.osaava.notification.alert.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/**
 * Makes one signed POST to a webhook endpoint and says how it went. No retry here: the delivery ledger
 * retries with exponential backoff and jitter from a persisted next-attempt time, which survives restarts
 * and does not hold a thread. Per host, a circuit breaker stops calling a receiver that keeps failing and
 * a rate limiter keeps a burst of alerts from flooding one; both come from the {@code webhook}
 * configurations under {@code resilience4j.circuitbreaker.configs} and {@code resilience4j.ratelimiter.configs}.
 */
@Component
public class WebhookSender {

    static final String USER_AGENT = "Osaava-Webhooks/1";
    static final String CONFIGURATION = "webhook";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookProperties properties;
    private final WebhookTargetGuard guard;
    private final CircuitBreakerRegistry circuitBreakers;
    private final RateLimiterRegistry rateLimiters;
    private final HttpClient http;

    public WebhookSender(WebhookProperties properties, WebhookTargetGuard guard,
                         CircuitBreakerRegistry circuitBreakers, RateLimiterRegistry rateLimiters) {
        this.properties = properties;
        this.guard = guard;
        this.circuitBreakers = circuitBreakers;
        this.rateLimiters = rateLimiters;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // a redirect could lead past the guard to an internal address; the receiver must give its real URL
                .followRedirects(HttpClient.Redirect.NEVER)
                // the guard checks the addresses this JVM connects to; a proxy would connect elsewhere
                .proxy(HttpClient.Builder.NO_PROXY)
                // no h2c upgrade dance on plain http; receivers speak HTTP/1.1 at least
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * POSTs {@code jsonBody} to {@code endpoint} with the Standard Webhooks headers.
     *
     * @param msgId     the {@code webhook-id}: the same on every attempt of one delivery, so a receiver can
     *                  drop duplicates
     * @param timestamp the time of this attempt (not of the first one): receivers refuse old timestamps
     * @param secrets   the endpoint's currently valid secrets; two while one is being rotated out
     * @throws IllegalArgumentException when there is no secret or one is not a {@code whsec_} base64 secret
     */
    public WebhookOutcome send(URI endpoint, String msgId, Instant timestamp, byte[] jsonBody, List<String> secrets) {
        Optional<String> refusal = guard.check(endpoint);
        if (refusal.isPresent()) {
            return new WebhookOutcome.Refused("The endpoint " + refusal.get());
        }
        // built first: a bad secret throws here, before a breaker or rate-limit permission is taken
        HttpRequest request = request(endpoint, msgId, timestamp, jsonBody, secrets);
        String host = endpoint.getHost().toLowerCase(Locale.ROOT);
        CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker("webhook:" + host, CONFIGURATION);
        if (!circuitBreaker.tryAcquirePermission()) {
            return new WebhookOutcome.Failed("Not sent: the circuit breaker of " + host + " is open", null);
        }
        RateLimiter rateLimiter = rateLimiters.rateLimiter("webhook:" + host, CONFIGURATION);
        if (!rateLimiter.acquirePermission()) {
            // the permission was not used: a half-open breaker has only a few to give out
            circuitBreaker.releasePermission();
            return new WebhookOutcome.Failed("Not sent: the rate limit of " + host + " is used up", null);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // only the status matters; closing unread keeps an endless or huge body from holding us
            response.body().close();
            int status = response.statusCode();
            if (status >= 500 || status == 429) {
                circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                        new IOException("HTTP " + status));
            } else {
                // a 4xx or a redirect is the endpoint's configuration, not the host being down
                circuitBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            return outcome(status);
        } catch (IOException e) {
            circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.debug("Webhook {} to {} failed", msgId, host, e);
            return new WebhookOutcome.Failed(describe(e), null);
        } catch (InterruptedException e) {
            circuitBreaker.releasePermission();
            Thread.currentThread().interrupt();
            return new WebhookOutcome.Failed("Interrupted before the receiver answered", null);
        }
    }

    private HttpRequest request(URI endpoint, String msgId, Instant timestamp, byte[] jsonBody,
                                List<String> secrets) {
        long seconds = timestamp.getEpochSecond();
        return HttpRequest.newBuilder(endpoint)
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.ID_HEADER, msgId)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(seconds))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.signatureHeader(msgId, seconds, jsonBody, secrets))
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonBody))
                .build();
    }

    private static WebhookOutcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return new WebhookOutcome.Delivered(status);
        }
        if (status == 410) {
            return new WebhookOutcome.Gone();
        }
        if (status >= 300 && status < 400) {
            return new WebhookOutcome.Failed("The receiver redirected (HTTP " + status + "); redirects are not followed",
                    status);
        }
        return new WebhookOutcome.Failed("The receiver answered HTTP " + status, status);
    }

    private static String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "Timed out connecting to the receiver";
        }
        if (e instanceof HttpTimeoutException) {
            return "Timed out waiting for the receiver's answer";
        }
        if (e instanceof ConnectException) {
            return "Could not connect to the receiver";
        }
        return "Could not reach the receiver: " + e.getClass().getSimpleName();
    }
}
