package fi.osaava.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service over real HTTP on a free port, answering what a test sets per path, and recording what it was asked
 * (method, path with query, Authorization header). Unset paths answer 404 with problem details.
 */
public final class FakeService implements AutoCloseable {

    public record Answer(int status, String contentType, String body, Map<String, String> headers) {

        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }
    }

    public record Call(String method, URI uri, String authorization, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, java.util.Deque<Answer>> once = new ConcurrentHashMap<>();

    public FakeService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers this path with JSON: a path with {@code ?query} matches that exact query first, else any query. */
    public FakeService json(String path, String body) {
        return answer(path, 200, "application/json", body);
    }

    /** Answers this path with JSON and these response headers (e.g. a list's total in {@code X-Total-Count}). */
    public FakeService json(String path, String body, Map<String, String> headers) {
        answers.put(path, new Answer(200, "application/json", body, Map.copyOf(headers)));
        return this;
    }

    public FakeService problem(String path, int status, String body) {
        return answer(path, status, "application/problem+json", body);
    }

    public FakeService answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body));
        return this;
    }

    /** Answers this path so the next time only (before any standing answer); several calls queue up. */
    public FakeService once(String path, int status, String contentType, String body) {
        once.computeIfAbsent(path, key -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .add(new Answer(status, contentType, body));
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsTo(String path) {
        return calls.stream().filter(call -> call.uri().getPath().equals(path)).toList();
    }

    public void reset() {
        answers.clear();
        once.clear();
        calls.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI(),
                    authorization == null ? "" : authorization, requestBody));
            URI uri = exchange.getRequestURI();
            java.util.Deque<Answer> queued = once.get(uri.getPath());
            Answer answer = queued == null ? null : queued.poll();
            if (answer == null) {
                answer = answers.get(uri.getPath() + "?" + uri.getRawQuery());
            }
            if (answer == null) {
                answer = answers.getOrDefault(uri.getPath(),
                        new Answer(404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}"));
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
