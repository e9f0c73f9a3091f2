package fi.osaava.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A system that receives alerts by webhook, as a receiver written to the Standard Webhooks advice would: it checks
 * the signature with the secret its subscription was given, keeps what it received keyed by {@code webhook-id}
 * and drops a repeat of an id it already has (the sender retries with the same id when it did not hear the answer).
 * Each endpoint path ({@code /hooks/<name>}) is one subscriber. It can misbehave on request: answer 500, or take
 * the alert and answer only after the sender gave up waiting.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final Pattern MARKER = Pattern.compile("\\[load (\\d+)\\]");

    /** How the receiver answers. */
    enum Mode {
        /** takes the alert, answers 204 */
        WELL,
        /** takes nothing, answers 500 */
        FAILING,
        /** takes the alert, then answers 204 only after {@code slowFor}: later than the sender waits */
        SLOW
    }

    /**
     * A validly signed alert taken: the need's number (-1: none), the path and the {@code webhook-id} (the same for
     * every attempt of one message, so a receiver drops what it already has).
     */
    interface Listener {
        void received(long needNumber, String subscriber, String webhookId);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.WELL);
    private final AtomicInteger repeats = new AtomicInteger();
    private final List<String> repeated = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger answered500 = new AtomicInteger();
    private final long slowForMillis;
    private volatile Listener listener = (need, subscriber, id) -> { };

    private WebhookReceiver(HttpServer server, long slowForMillis) {
        this.server = server;
        this.slowForMillis = slowForMillis;
    }

    /** On 127.0.0.1 and a free port; {@code slowForMillis} must exceed the sender's read timeout. */
    static WebhookReceiver start(long slowForMillis) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            WebhookReceiver receiver = new WebhookReceiver(server, slowForMillis);
            server.createContext("/hooks/", receiver::handle);
            server.setExecutor(receiver.threads);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new LoadException("the webhook receiver could not listen: " + e, e);
        }
    }

    /** The endpoint of one subscriber, e.g. {@code http://localhost:41234/hooks/w0}. */
    String endpoint(String name) {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    /** The subscriber's secret ({@code whsec_…}), as its subscription's creation answered it. */
    void secret(String endpoint, String secret) {
        secrets.put(java.net.URI.create(endpoint).getPath(), secret);
    }

    void listen(Listener listener) {
        this.listener = listener;
    }

    void behave(Mode next) {
        mode.set(next);
    }

    /** Requests with an id the receiver already had: the sender's retries of what it took. */
    int repeats() {
        return repeats.get();
    }

    /** The first repeats: which write, which endpoint, which id. */
    List<String> repeated() {
        return List.copyOf(repeated);
    }

    int badSignatures() {
        return badSignatures.get();
    }

    int answered500() {
        return answered500.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Mode now = mode.get();
            if (now == Mode.FAILING) {
                answered500.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            String secret = secrets.get(path);
            if (id == null || timestamp == null || signatures == null || secret == null
                    || !signed(id, timestamp, body, signatures, secret)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Matcher marker = MARKER.matcher(new String(body, StandardCharsets.UTF_8));
            long need = marker.find() ? Long.parseLong(marker.group(1)) : -1;
            if (!ids.add(id)) {
                repeats.incrementAndGet(); // a receiver drops it by its id; the ledger counts it as sent again
                if (repeated.size() < 20) {
                    repeated.add("write " + need + " to " + path + " (" + id + ")");
                }
            }
            listener.received(need, path, id);
            if (now == Mode.SLOW) {
                Deadline.pause(slowForMillis);
            }
            exchange.sendResponseHeaders(204, -1);
        } catch (IOException closedBySender) {
            // the sender gave up waiting (SLOW): what was taken stays taken
        }
    }

    /** Standard Webhooks: {@code v1,base64(HMAC-SHA256(key, id.timestamp.body))}, one of the space-separated ones. */
    static boolean signed(String id, String timestamp, byte[] body, String header, String secret) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)))
                    .getBytes(StandardCharsets.UTF_8);
            for (String candidate : header.trim().split(" +")) {
                if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
