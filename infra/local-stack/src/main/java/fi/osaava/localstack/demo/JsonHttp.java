package fi.osaava.localstack.demo;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The few JSON calls the demo loader makes, on Spring's {@link RestClient}; every unexpected answer becomes a
 * {@link DemoDataException} that names the call, the status and both bodies.
 */
final class JsonHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final MediaType JSON_UTF_8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final RestClient client;
    private final ObjectMapper mapper;

    JsonHttp(ObjectMapper mapper) {
        this.mapper = mapper;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
        requests.setReadTimeout(TIMEOUT);
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    /** A status and the body as text: what every call here decides on. */
    private record Answer(int status, String body) {
    }

    /** GET with a bearer token that must answer 200 with JSON. */
    JsonNode get(URI uri, String token) {
        return expect(call(HttpMethod.GET, uri, null, token, MediaType.APPLICATION_JSON), 200, "GET " + uri, null);
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
        return expect(call(HttpMethod.POST, uri, json, token, MediaType.APPLICATION_JSON), 201, "POST " + uri, json);
    }

    /** {@link #post} that answers empty instead of failing when the status is {@code tolerated} (e.g. 409). */
    Optional<JsonNode> postUnless(URI uri, JsonNode body, String token, int tolerated) {
        return sendUnless(HttpMethod.POST, uri, body, token, tolerated, 201);
    }

    /** PUT of a JSON body with a bearer token: 200 with JSON, or empty when the status is {@code tolerated}. */
    Optional<JsonNode> putUnless(URI uri, JsonNode body, String token, int tolerated) {
        return sendUnless(HttpMethod.PUT, uri, body, token, tolerated, 200);
    }

    private Optional<JsonNode> sendUnless(HttpMethod method, URI uri, JsonNode body, String token, int tolerated,
                                          int expected) {
        String json = write(body);
        Answer answer = call(method, uri, json, token, MediaType.APPLICATION_JSON);
        if (answer.status() == tolerated) {
            return Optional.empty();
        }
        return Optional.of(expect(answer, expected, method + " " + uri, json));
    }

    /**
     * POST for steps that may be repeated (pre-registering, committing): 200 or 201 with JSON, or empty when
     * the status is {@code tolerated} (e.g. 409: the deadline has passed); the body may be {@code null} (none).
     */
    Optional<JsonNode> postRepeatable(URI uri, @Nullable JsonNode body, String token, int tolerated) {
        String json = body == null ? null : write(body);
        Answer answer = call(HttpMethod.POST, uri, json, token, MediaType.APPLICATION_JSON);
        if (answer.status() == tolerated) {
            return Optional.empty();
        }
        return Optional.of(expect(answer, answer.status() == 200 ? 200 : 201, "POST " + uri, json));
    }

    /**
     * A request whose answer is a status more than a body (a 202 with none, an HTML page); {@code body} and
     * {@code token} may be {@code null} (none, anonymous). Only a failure to reach the service throws.
     */
    int status(String method, URI uri, @Nullable JsonNode body, @Nullable String token) {
        return call(HttpMethod.valueOf(method), uri, body == null ? null : write(body), token, MediaType.ALL).status();
    }

    /** An anonymous GET (the mail sink's API): the JSON of a 200, or empty for any other answer. */
    Optional<JsonNode> getAnonymous(URI uri) {
        Answer answer = call(HttpMethod.GET, uri, null, null, MediaType.APPLICATION_JSON);
        if (answer.status() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(answer.body()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One exchange; any status is an answer (no exception for 4xx/5xx), only not reaching the service throws. */
    private Answer call(HttpMethod method, URI uri, @Nullable String json, @Nullable String token, MediaType accept) {
        RestClient.RequestBodySpec request = client.method(method).uri(uri).accept(accept);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (json != null) {
            request.contentType(JSON_UTF_8).body(json);
        }
        try {
            return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException | UncheckedIOException e) {
            throw new DemoDataException(method + " " + uri + " failed: " + e, e);
        }
    }

    private JsonNode expect(Answer answer, int status, String what, @Nullable String requestBody) {
        if (answer.status() != status) {
            throw new DemoDataException(what + " answered " + answer.status() + " (expected " + status + ")"
                    + System.lineSeparator() + "  response: " + abbreviate(answer.body())
                    + (requestBody == null ? "" : System.lineSeparator() + "  request:  " + requestBody));
        }
        try {
            return mapper.readTree(answer.body());
        } catch (JacksonException e) {
            throw new DemoDataException(what + " answered " + status + " but not with JSON: " + abbreviate(answer.body()), e);
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
