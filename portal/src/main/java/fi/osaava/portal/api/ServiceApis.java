package fi.osaava.portal.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.PortalProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One {@link RestClient} per service. Each call carries the signed-in person's access token (none for a visitor);
 * a service that does not answer or fails on its side becomes a {@link ServiceUnavailableException}, a refusal
 * (4xx) a {@link ServiceProblem} with the problem details' fields.
 */
public final class ServiceApis {

    private final Map<OsaavaService, RestClient> clients = new EnumMap<>(OsaavaService.class);
    private final PortalProperties properties;

    public ServiceApis(PortalProperties properties, RestClient.Builder builder, ClientHttpRequestInterceptor bearer,
                       ObjectMapper json) {
        this.properties = properties;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.callTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.callTimeout());
        for (OsaavaService service : OsaavaService.values()) {
            clients.put(service, builder.clone()
                    .baseUrl(baseUrl(properties, service))
                    .requestFactory(requests)
                    .requestInterceptor(unavailableOnIoError(service))
                    .requestInterceptor(bearer)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                        throw failure(service, response, json);
                    })
                    .build());
        }
    }

    public RestClient of(OsaavaService service) {
        return clients.get(service);
    }

    /**
     * An absolute URL at the service, its path and query encoded once here (a search text may hold any character,
     * braces too, which a URI template would take for variables).
     */
    public URI url(OsaavaService service, UriComponentsBuilder pathAndQuery) {
        UriComponents relative = pathAndQuery.build();
        UriComponentsBuilder url = UriComponentsBuilder.fromUri(baseUrl(properties, service)).path(relative.getPath());
        // every value as a URI variable: encoded whole, '+', '&' and braces included
        Map<String, String> values = new java.util.HashMap<>();
        relative.getQueryParams().forEach((name, given) -> given.forEach(value -> {
            String variable = "v" + values.size();
            values.put(variable, value == null ? "" : value);
            url.queryParam(name, "{" + variable + "}");
        }));
        return url.encode().buildAndExpand(values).toUri();
    }

    private static URI baseUrl(PortalProperties properties, OsaavaService service) {
        return switch (service) {
            case MEMBERSHIP -> properties.membership();
            case CATALOGUE -> properties.catalogue();
            case NEEDS -> properties.needs();
            case NOTIFICATION -> properties.notification();
        };
    }

    private static ClientHttpRequestInterceptor unavailableOnIoError(OsaavaService service) {
        return (HttpRequest request, byte[] body, ClientHttpRequestExecution execution) -> {
            try {
                return execution.execute(request, body);
            } catch (IOException e) {
                throw new ServiceUnavailableException(service, e.toString(), e);
            }
        };
    }

    private static RuntimeException failure(OsaavaService service, ClientHttpResponse response, ObjectMapper json)
            throws IOException {
        int status = response.getStatusCode().value();
        if (status >= 500) {
            return new ServiceUnavailableException(service, "status " + status, new IOException("status " + status));
        }
        @Nullable JsonNode problem = null;
        try {
            problem = json.readTree(response.getBody());
        } catch (RuntimeException notJson) {
            // a refusal without problem details still has its status
        }
        String detail = problem == null ? null : text(problem, "detail");
        List<ServiceProblem.FieldProblem> fields = new ArrayList<>();
        if (problem != null && problem.path("errors").isArray()) {
            for (JsonNode error : problem.path("errors")) {
                String field = text(error, "field");
                String message = text(error, "message");
                if (field != null) {
                    fields.add(new ServiceProblem.FieldProblem(field, message == null ? "" : message));
                }
            }
        }
        return new ServiceProblem(service, status, detail, fields);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
