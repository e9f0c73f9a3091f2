package fi.osaava.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The few JSON calls the demo loader makes; every unexpected answer becomes a {@link DemoDataException}. */
final class JsonHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper mapper;

    JsonHttp(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** GET with a bearer token that must answer 200 with JSON. */
    JsonNode get(URI uri, String token) {
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(uri), token).GET(), "GET " + uri);
        return expect(response, 200, "GET " + uri, null);
    }

    /** GET that may fail: empty unless it answers 200 with JSON. */
    Optional<JsonNode> tryGet(URI uri, String token) {
        try {
            return Optional.of(get(uri, token));
        } catch (DemoDataException e) {
            return Optional.empty();
        }
    }

    /** POST of a JSON body with a bearer token that must answer 201 with a JSON body. */
    JsonNode post(URI uri, JsonNode body, String token) {
        String json = write(body);
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(uri), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "POST " + uri);
        return expect(response, 201, "POST " + uri, json);
    }

    /** {@link #post} that answers empty instead of failing when the status is {@code tolerated} (e.g. 409). */
    Optional<JsonNode> postUnless(URI uri, JsonNode body, String token, int tolerated) {
        String json = write(body);
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(uri), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "POST " + uri);
        if (response.statusCode() == tolerated) {
            return Optional.empty();
        }
        return Optional.of(expect(response, 201, "POST " + uri, json));
    }

    /** PUT of a JSON body with a bearer token: 200 with JSON, or empty when the status is {@code tolerated}. */
    Optional<JsonNode> putUnless(URI uri, JsonNode body, String token, int tolerated) {
        String json = write(body);
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(uri), token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "PUT " + uri);
        if (response.statusCode() == tolerated) {
            return Optional.empty();
        }
        return Optional.of(expect(response, 200, "PUT " + uri, json));
    }

    /**
     * POST for steps that may be repeated (pre-registering, committing): 200 or 201 with JSON, or empty when
     * the status is {@code tolerated} (e.g. 409: the deadline has passed); the body may be {@code null} (none).
     */
    Optional<JsonNode> postRepeatable(URI uri, @org.jspecify.annotations.Nullable JsonNode body, String token, int tolerated) {
        String json = body == null ? null : write(body);
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri), token);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = send(request, "POST " + uri);
        if (response.statusCode() == tolerated) {
            return Optional.empty();
        }
        return Optional.of(expect(response, response.statusCode() == 200 ? 200 : 201, "POST " + uri, json));
    }

    /**
     * A request whose answer is a status more than a body (a 202 with none, an HTML page); {@code body} and
     * {@code token} may be {@code null} (none, anonymous). Only a failure to reach the service throws.
     */
    int status(String method, URI uri, @org.jspecify.annotations.Nullable JsonNode body,
               @org.jspecify.annotations.Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (token != null) {
            authorized(request, token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        return send(request, method + " " + uri, "*/*").statusCode();
    }

    /** An anonymous GET (the mail sink's API): the JSON of a 200, or empty for any other answer. */
    Optional<JsonNode> getAnonymous(URI uri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET(), "GET " + uri);
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(response.body()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        return send(request, what, "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what, String accept) {
        try {
            return client.send(request.timeout(TIMEOUT).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoDataException(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException(what + " interrupted", e);
        }
    }

    private JsonNode expect(HttpResponse<String> response, int status, String what, @org.jspecify.annotations.Nullable String requestBody) {
        if (response.statusCode() != status) {
            throw new DemoDataException(what + " answered " + response.statusCode() + " (expected " + status + ")"
                    + System.lineSeparator() + "  response: " + abbreviate(response.body())
                    + (requestBody == null ? "" : System.lineSeparator() + "  request:  " + requestBody));
        }
        try {
            return mapper.readTree(response.body());
        } catch (JacksonException e) {
            throw new DemoDataException(what + " answered " + status + " but not with JSON: " + abbreviate(response.body()), e);
        }
    }

    private static String abbreviate(String body) {
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return "(empty body)";
        }
        return trimmed.length() > 2000 ? trimmed.substring(0, 2000) + "…" : trimmed;
    }
}
