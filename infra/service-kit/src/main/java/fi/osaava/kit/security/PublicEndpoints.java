package fi.osaava.kit.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * What a service lets anyone call without a token (besides health, metrics and API docs, which the
 * kit opens itself). Everything else needs a valid token.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    /** The reference data every service serves to anyone ({@code VocabularyController}). */
    public static final PublicEndpoints REFERENCE_DATA = get("/api/vocabulary", "/api/regions");

    /** Nothing open. */
    public static final PublicEndpoints NONE = new PublicEndpoints(List.of());

    public record Endpoint(HttpMethod method, String pattern) {
    }

    public PublicEndpoints and(PublicEndpoints more) {
        return new PublicEndpoints(java.util.stream.Stream.concat(endpoints.stream(), more.endpoints.stream()).toList());
    }

    public static PublicEndpoints get(String... patterns) {
        return new PublicEndpoints(java.util.Arrays.stream(patterns).map(p -> new Endpoint(HttpMethod.GET, p)).toList());
    }
}
