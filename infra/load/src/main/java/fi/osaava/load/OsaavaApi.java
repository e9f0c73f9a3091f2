package fi.osaava.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.Service;

/**
 * The public HTTP APIs the harness uses, as a client system would: the coordinator registers organisations,
 * gives one a client and subscribes recipients; that organisation reports needs. One HTTP/1.1 client: every
 * calling thread holds one connection of its pool.
 */
final class OsaavaApi {

    static final String RECIPIENT_DOMAIN = "@load.test";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final LocalStack stack;

    OsaavaApi(LocalStack stack) {
        this.stack = stack;
    }

    /** An organisation of no ecosystem (so none of its own subscriptions is derived), by the coordinator. */
    String registerOrganisation(String name, String businessId, String region) {
        ObjectNode body = mapper.createObjectNode()
                .put("name", name).put("businessId", businessId).put("type", "OTHER").put("ring", "OUTER")
                .put("contactEmail", "contact-" + businessId.replace("-", "") + "@org.load.test");
        body.putArray("regions").add(region);
        return post(stack.serviceUrl(Service.MEMBERSHIP).resolve("/api/organisations"), body, stack::coordinatorToken)
                .path("id").asText();
    }

    /** A system client (roles SYSTEM and MEMBER) of the organisation. */
    ClientCredentials createClient(String organisationId) {
        JsonNode created = post(stack.serviceUrl(Service.MEMBERSHIP).resolve("/api/organisations/" + organisationId + "/clients"),
                mapper.createObjectNode(), stack::coordinatorToken);
        return new ClientCredentials(created.path("clientId").asText(), created.path("clientSecret").asText());
    }

    /** An e-mail subscription to NEED_PUBLISHED in one area and one region, made by the coordinator for the owner. */
    void subscribe(String ownerId, String email, String area, String region) {
        ObjectNode body = mapper.createObjectNode().put("name", "load " + email).put("channel", "EMAIL")
                .put("address", email).put("cadence", "IMMEDIATE").put("language", "en");
        body.putArray("topics").add("NEED_PUBLISHED");
        body.putArray("competenceAreas").add(area);
        body.putArray("regions").add(region);
        post(stack.serviceUrl(Service.NOTIFICATION).resolve("/api/subscriptions?ownerId=" + ownerId), body,
                stack::coordinatorToken);
    }

    /** {@code POST /api/needs?publish=true} as the reporter; the need's id. */
    String publishNeed(ClientCredentials reporter, String title, String area, String region) {
        ObjectNode body = mapper.createObjectNode().put("region", region).put("targetGroup", "STAFF")
                .put("title", title).put("description", "A need posted by the load harness.")
                .put("estimatedLearners", 10).put("horizon", "WITHIN_A_YEAR");
        body.putArray("competenceAreas").add(area);
        return post(stack.serviceUrl(Service.NEEDS).resolve("/api/needs?publish=true"), body,
                () -> stack.tokenFor(reporter)).path("id").asText();
    }

    private JsonNode post(URI uri, JsonNode body, Supplier<String> token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token.get())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 201) {
                throw new LoadException("POST " + uri + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new LoadException("POST " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("POST " + uri + " interrupted", e);
        }
    }

    /** A Finnish business id (Y-tunnus) with its check digit, from the fictitious 00000NN range. */
    static String businessId(int number) {
        String digits = String.format("%07d", number);
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            throw new IllegalArgumentException("no business id ends " + digits + " (remainder 1)");
        }
        return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
    }

    static List<String> recipients(int first, int count) {
        return java.util.stream.IntStream.range(first, first + count).mapToObj(n -> "r" + n + RECIPIENT_DOMAIN).toList();
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
