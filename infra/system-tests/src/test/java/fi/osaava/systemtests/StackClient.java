package fi.osaava.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running stack over real HTTP, as a user's curl would. */
final class StackClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalStack stack;

    StackClient(LocalStack stack) {
        this.stack = stack;
    }

    /** POST as the holder of {@code token} (a real access token from the stack's authorization server). */
    JsonNode post(Service service, String path, String json, String token) {
        return send(HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), 201);
    }

    /** PUT as the holder of {@code token}, answered with 200. */
    JsonNode put(Service service, String path, String json, String token) {
        return send(HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), 200);
    }

    /** GET as the coordinator. */
    JsonNode get(Service service, String path) {
        return send(HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path))
                .header("Authorization", "Bearer " + stack.coordinatorToken()).GET().build(), 200);
    }

    /** GET without a token, as anyone on the web. */
    JsonNode anonymous(Service service, String path) {
        return send(HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path)).GET().build(), 200);
    }

    /** GET as the holder of {@code token}. */
    JsonNode get(Service service, String path, String token) {
        return send(HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
    }

    /** GET as the coordinator, the body as text (a CSV export). */
    String text(Service service, String path) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path))
                .header("Authorization", "Bearer " + stack.coordinatorToken()).GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The status a request gets with the given token (or none). */
    int status(Service service, String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stack.serviceUrl(service).resolve(path))
                .header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.build()).statusCode();
    }

    /** The messages GreenMail holds for one address (its REST API). */
    JsonNode mailsTo(String email) {
        URI uri = stack.mailApiUrl().resolve("/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(uri).GET().build());
        // GreenMail knows a mailbox only after its first mail arrived
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            return JSON.createArrayNode();
        }
        return parse(response, 200);
    }

    private JsonNode send(HttpRequest request, int expected) {
        return parse(exchange(request), expected);
    }

    private static JsonNode parse(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
