package fi.osaava.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of a service's HTTP API is {@code application/problem+json}, also for requests refused
 * before a controller sees them: by Tomcat (a {@code %00} in the path, a header too large), by the
 * security firewall (an encoded {@code /} or {@code ..}, a {@code ;}), for an unknown address or without
 * a token. A service's integration test extends this with its own {@code @ServiceIntegrationTest}.
 */
public abstract class ErrorResponsesContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "POST, /api/needs/%00/publish, 400",
            "GET,  /api/offerings/%00, 400",
            "GET,  /api/..%2F..%2Factuator/health, 400",
            "POST, /api/needs/..%2Fx/publish, 400",
            "GET,  /api/a%2Fb, 400",
            "GET,  /api/a%5Cb, 400",
            "GET,  /api/a;jsessionid=1/b, 400",
            "GET,  /api/%2e%2e/%2e%2e/x, 400",
            "GET,  /api/nothing-here, 401",
            "GET,  /nothing-here-either, 401",
            "DELETE, /api/vocabulary, 401"})
    void answersARejectedOrUnknownRequestWithProblemDetails(String method, String path, int status) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(response, status);
    }

    @org.junit.jupiter.api.Test
    void answersAHeaderTooLargeWithProblemDetails() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/vocabulary"))
                .header("X-Padding", "x".repeat(64 * 1024)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 400);
    }

    /**
     * A request to one of the service's own endpoints whose body has a number where {@code field}'s
     * text belongs: it is refused naming the field, and so is the same body naming the field twice.
     */
    public record WrongType(String path, @Nullable String bearerToken, String json, String field) {
    }

    protected abstract WrongType wrongType();

    @org.junit.jupiter.api.Test
    void refusesANumberWhereTextBelongsNamingTheFieldInsteadOfStoringIt() throws Exception {
        assertFieldRefused(wrongType().json(), "must be text");
    }

    @org.junit.jupiter.api.Test
    void refusesAPropertyGivenTwiceInsteadOfLettingTheLastOneWin() throws Exception {
        WrongType wrong = wrongType();
        String leaf = wrong.field().substring(wrong.field().lastIndexOf('.') + 1);
        // the first occurrence is of the right type: only the repetition is wrong
        int at = wrong.json().indexOf("\"" + leaf + "\"");
        String twice = wrong.json().substring(0, at) + "\"" + leaf + "\":\"x\"," + wrong.json().substring(at);
        assertFieldRefused(twice, "more than once");
    }

    private void assertFieldRefused(String json, String message) throws Exception {
        WrongType wrong = wrongType();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + wrong.path()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10));
        if (wrong.bearerToken() != null) {
            request.header("Authorization", "Bearer " + wrong.bearerToken());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 400);
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("errors").path(0).path("field").asString()).as(response.body()).isEqualTo(wrong.field());
        assertThat(problem.path("errors").path(0).path("message").asString()).as(response.body()).contains(message);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("status").asInt()).as(response.body()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Apache Tomcat", "Exception", "<html", ":null");
    }
}
