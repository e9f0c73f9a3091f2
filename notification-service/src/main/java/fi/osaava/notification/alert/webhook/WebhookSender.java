package fi.osaava.notification.alert.webhook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
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
    private static final ContentType JSON = ContentType.create("application/json");
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookProperties properties;
    private final WebhookTargetGuard guard;
    private final CircuitBreakerRegistry circuitBreakers;
    private final RateLimiterRegistry rateLimiters;
    private final CloseableHttpClient http;

    public WebhookSender(WebhookProperties properties, WebhookTargetGuard guard,
                         CircuitBreakerRegistry circuitBreakers, RateLimiterRegistry rateLimiters) {
        this.properties = properties;
        this.guard = guard;
        this.circuitBreakers = circuitBreakers;
        this.rateLimiters = rateLimiters;
        this.http = client(properties, guard);
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
        // the URL now; the addresses when connecting, on the one lookup the connection uses
        Optional<String> refusal = guard.checkUrl(endpoint);
        if (refusal.isPresent()) {
            return new WebhookOutcome.Refused("The endpoint " + refusal.get());
        }
        // built first: a bad secret throws here, before a breaker or rate-limit permission is taken
        HttpPost request = request(endpoint, msgId, timestamp, jsonBody, secrets);
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
            int status;
            // only the status matters; closing unread drops the connection, so an endless or huge body cannot hold us
            try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
                status = response.getCode();
            }
            if (status >= 500 || status == 429) {
                circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                        new IOException("HTTP " + status));
            } else {
                // a 4xx or a redirect is the endpoint's configuration, not the host being down
                circuitBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            return outcome(status);
        } catch (WebhookTargetGuard.ForbiddenTarget e) {
            // not the receiver's failure: nothing was sent
            circuitBreaker.releasePermission();
            return new WebhookOutcome.Refused("The endpoint " + WebhookTargetGuard.ForbiddenTarget.REASON);
        } catch (IOException e) {
            circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.debug("Webhook {} to {} failed", msgId, host, e);
            return new WebhookOutcome.Failed(describe(e), null);
        }
    }

    private HttpPost request(URI endpoint, String msgId, Instant timestamp, byte[] jsonBody, List<String> secrets) {
        long seconds = timestamp.getEpochSecond();
        HttpPost post = new HttpPost(endpoint);
        post.setHeader(WebhookSignature.ID_HEADER, msgId);
        post.setHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(seconds));
        post.setHeader(WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.signatureHeader(msgId, seconds, jsonBody, secrets));
        post.setEntity(new ByteArrayEntity(jsonBody, JSON));
        return post;
    }

    /**
     * Apache HttpClient rather than the JDK's, for its DNS seam: its only lookup is the guard's, so it connects to
     * the addresses the guard checked. No redirects (one could lead past the guard to an internal address: the
     * receiver must give its real URL), no proxy (the guard checks the addresses this JVM connects to), no
     * automatic retries (the delivery ledger retries, with back-off), no cookies.
     */
    private static CloseableHttpClient client(WebhookProperties properties, WebhookTargetGuard guard) {
        DnsResolver checkedLookup = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.resolveAllowed(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host; // never asked to canonicalise: that is for Kerberos/SPNEGO authentication
            }
        };
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedLookup)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        .setMaxConnPerRoute(4)
                        .setMaxConnTotal(64)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .setUserAgent(USER_AGENT)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
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
        if (e instanceof ConnectTimeoutException) {
            return "Timed out connecting to the receiver";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "Timed out waiting for the receiver's answer";
        }
        if (e instanceof ConnectException) {
            return "Could not connect to the receiver";
        }
        if (e instanceof UnknownHostException) {
            return "The receiver's host does not resolve";
        }
        return "Could not reach the receiver: " + e.getClass().getSimpleName();
    }
}
