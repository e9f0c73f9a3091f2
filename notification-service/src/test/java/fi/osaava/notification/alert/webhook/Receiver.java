package fi.osaava.notification.alert.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a real socket (127.0.0.1, a free port). It answers the given statuses in turn,
 * the last one from then on, and when it knows secrets it verifies each request with the Standard
 * Webhooks reference library, not with our code, answering 401 when no secret verifies.
 */
final class Receiver implements AutoCloseable {

    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? "" : String.join(",", values);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger hits = new AtomicInteger();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final int[] statuses;
    private final List<String> knownSecrets = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final @Nullable CountDownLatch holdAnswers;

    private Receiver(List<String> knownSecrets, @Nullable CountDownLatch holdAnswers, int... statuses) {
        this.statuses = statuses;
        this.knownSecrets.addAll(knownSecrets);
        this.holdAnswers = holdAnswers;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static Receiver answering(int... statuses) {
        return new Receiver(List.of(), null, statuses);
    }

    /** Answers 204 to requests that one of the secrets verifies, else 401. */
    static Receiver verifying(String... secrets) {
        return new Receiver(List.of(secrets), null, 204);
    }

    /** Does not answer until the latch opens. */
    static Receiver answeringOnlyAfter(CountDownLatch latch) {
        return new Receiver(List.of(), latch, 204);
    }

    /** From now on, verifies requests with this secret too (one learnt after the endpoint was subscribed). */
    Receiver know(String secret) {
        knownSecrets.add(secret);
        return this;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    int hits() {
        return hits.get();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int hit = hits.getAndIncrement();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
        if (holdAnswers != null) {
            try {
                holdAnswers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = statuses[Math.min(hit, statuses.length - 1)];
        if (!knownSecrets.isEmpty() && !verifiedByAnyKnownSecret(headers, body)) {
            status = 401;
        }
        if (status >= 300 && status < 400) {
            exchange.getResponseHeaders().add("Location", "/elsewhere");
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean verifiedByAnyKnownSecret(Map<String, List<String>> headers, byte[] body) {
        for (String secret : knownSecrets) {
            try {
                new Webhook(secret).verify(new String(body, StandardCharsets.UTF_8), headers);
                return true;
            } catch (WebhookVerificationException e) {
                // try the next secret
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
