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
 * calling thread holds one connection of its pool. With two instances of each service the calls take turns, and a
 * call that finds no instance listening tries the next one, as a load balancer in front of them would.
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
    private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

    OsaavaApi(LocalStack stack) {
        this.stack = stack;
    }

    /** The service's instances, starting from the next one in turn. */
    private List<URI> instances(Service service) {
        List<URI> all = stack.serviceUrls(service);
        int first = Math.floorMod(turn.getAndIncrement(), all.size());
        List<URI> ordered = new java.util.ArrayList<>(all.subList(first, all.size()));
        ordered.addAll(all.subList(0, first));
        return ordered;
    }

    /** An organisation of no ecosystem (so none of its own subscriptions is derived), by the coordinator. */
    String registerOrganisation(String name, String businessId, String region) {
        ObjectNode body = mapper.createObjectNode()
                .put("name", name).put("businessId", businessId).put("type", "OTHER").put("ring", "OUTER")
                .put("contactEmail", "contact-" + businessId.replace("-", "") + "@org.load.test");
        body.putArray("regions").add(region);
        return post(Service.MEMBERSHIP, "/api/organisations", body, stack::coordinatorToken).path("id").asText();
    }

    /** A system client (roles SYSTEM and MEMBER) of the organisation. */
    ClientCredentials createClient(String organisationId) {
        JsonNode created = post(Service.MEMBERSHIP, "/api/organisations/" + organisationId + "/clients",
                mapper.createObjectNode(), stack::coordinatorToken);
        return new ClientCredentials(created.path("clientId").asText(), created.path("clientSecret").asText());
    }

    /** An e-mail subscription to NEED_PUBLISHED in one area and one region, made by the coordinator for the owner. */
    void subscribe(String ownerId, String email, String area, String region) {
        subscribe(ownerId, "EMAIL", email, List.of("NEED_PUBLISHED"), area, region);
    }

    /**
     * An immediate subscription of the owner, by the coordinator, to some topics in a region (and in an area, unless
     * {@code area} is null); the answer (its {@code id}, and a webhook's {@code secret}).
     */
    JsonNode subscribe(String ownerId, String channel, @org.jspecify.annotations.Nullable String address,
                       List<String> topics, @org.jspecify.annotations.Nullable String area, String region) {
        ObjectNode body = mapper.createObjectNode().put("name", "load " + (address == null ? channel : address))
                .put("channel", channel).put("cadence", "IMMEDIATE").put("language", "en");
        if (address != null) { // a Kafka subscription has none: its alerts go to the alerts topic
            body.put("address", address);
        }
        topics.forEach(body.putArray("topics")::add);
        if (area != null) {
            body.putArray("competenceAreas").add(area);
        }
        body.putArray("regions").add(region);
        return post(Service.NOTIFICATION, "/api/subscriptions?ownerId=" + ownerId, body, stack::coordinatorToken);
    }

    /** {@code DELETE /api/subscriptions/{id}} by the coordinator, on the next notification instance in turn. */
    void unsubscribe(String subscriptionId) {
        for (URI instance : instances(Service.NOTIFICATION)) {
            URI uri = instance.resolve("/api/subscriptions/" + subscriptionId);
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                        .header("Authorization", "Bearer " + stack.coordinatorToken()).DELETE().build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 204) {
                    throw new LoadException("DELETE " + uri + " answered " + status);
                }
                return;
            } catch (java.net.ConnectException e) {
                // that instance is away: the next one
            } catch (IOException e) {
                throw new LoadException("DELETE " + uri + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("DELETE " + uri + " interrupted", e);
            }
        }
        throw new LoadException("DELETE /api/subscriptions/" + subscriptionId + " failed",
                new java.net.ConnectException("no notification instance listens"));
    }

    /** An ecosystem in one region, founded by the coordinator, with the organisation as its coordinator. */
    String foundEcosystem(String id, String region, String coordinatorOrganisationId) {
        ObjectNode body = mapper.createObjectNode().put("id", id).put("name", "Ecosystem " + id)
                .put("coordinatorOrganisationId", coordinatorOrganisationId);
        body.putArray("regions").add(region);
        return post(Service.MEMBERSHIP, "/api/ecosystems", body, stack::coordinatorToken).path("id").asText();
    }

    /** A meeting of the ecosystem in a month's time, scheduled by the coordinator. */
    String scheduleMeeting(String ecosystemId, String title) {
        java.time.OffsetDateTime starts = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(30);
        ObjectNode body = mapper.createObjectNode().put("title", title).put("startsAt", starts.toString())
                .put("endsAt", starts.plusHours(2).toString()).put("place", "Kuopio");
        return post(Service.MEMBERSHIP, "/api/ecosystems/" + ecosystemId + "/meetings", body, stack::coordinatorToken)
                .path("id").asText();
    }

    /** A free published offering in one area and region, by the provider; its id. */
    String publishOffering(ClientCredentials provider, String title, String area, String region) {
        return publishOffering(provider, title, area, region, null);
    }

    /** A published, funded offering with {@code capacity} seats, open for pre-registration; its id. */
    String publishFundedOffering(ClientCredentials provider, String title, int capacity, String region) {
        return publishOffering(provider, title, "rehabilitation", region, capacity);
    }

    private String publishOffering(ClientCredentials provider, String title, String area, String region,
                                   @org.jspecify.annotations.Nullable Integer capacity) {
        java.time.Instant now = java.time.Instant.now();
        ObjectNode body = mapper.createObjectNode();
        body.putObject("titles").put("fi", title);
        body.put("category", capacity == null ? "FREE_TRAINING_WEBINAR_TOOL" : "PROVIDER_TRAINING");
        body.putArray("targetGroups").add("STAFF");
        body.putArray("competenceAreas").add(area);
        body.putArray("regions").add(region);
        body.putObject("delivery").put("mode", "ONLINE").put("onlineUrl", "https://example.org/faults");
        body.put("startsAt", now.plus(java.time.Duration.ofDays(60)).toString())
                .put("endsAt", now.plus(java.time.Duration.ofDays(61)).toString());
        if (capacity == null) {
            body.putObject("pricing").put("kind", "FREE");
        } else {
            body.put("registrationDeadline", now.plus(java.time.Duration.ofDays(30)).toString());
            body.putObject("pricing").put("kind", "FUNDED").put("funder", "Vikasietoisuuden rahasto");
            body.put("capacity", capacity);
        }
        body.putArray("teachingLanguages").add("fi");
        return post(Service.CATALOGUE, "/api/offerings?publish=true", body, () -> stack.tokenFor(provider))
                .path("id").asText();
    }

    /** {@code POST …/pre-registrations} as the organisation: the HTTP status (201, 200, 409 …), or -1 if no answer. */
    int preRegister(ClientCredentials organisation, String offeringId, int seats, int instance) {
        ObjectNode body = mapper.createObjectNode().put("seats", seats);
        return status("POST", stack.serviceUrls(Service.CATALOGUE).get(instance)
                .resolve("/api/offerings/" + offeringId + "/pre-registrations"), body, organisation);
    }

    /** {@code DELETE …/pre-registrations/mine}: the status, or -1. */
    int cancelPreRegistration(ClientCredentials organisation, String offeringId, int instance) {
        return status("DELETE", stack.serviceUrls(Service.CATALOGUE).get(instance)
                .resolve("/api/offerings/" + offeringId + "/pre-registrations/mine"), null, organisation);
    }

    /** {@code GET …/seats}: capacity, held, committed and free, as the organisation sees them. */
    JsonNode seats(ClientCredentials organisation, String offeringId) {
        URI uri = instances(Service.CATALOGUE).get(0).resolve("/api/offerings/" + offeringId + "/seats");
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + stack.tokenFor(organisation))
                    .header("Accept", "application/json").GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new LoadException("GET " + uri + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new LoadException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("GET " + uri + " interrupted", e);
        }
    }

    private int status(String method, URI uri, @org.jspecify.annotations.Nullable JsonNode body,
                       ClientCredentials caller) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + stack.tokenFor(caller))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code POST /api/needs?publish=true} as the reporter; the need's id. */
    String publishNeed(ClientCredentials reporter, String title, String area, String region) {
        ObjectNode body = mapper.createObjectNode().put("region", region).put("targetGroup", "STAFF")
                .put("title", title).put("description", "A need posted by the load harness.")
                .put("estimatedLearners", 10).put("horizon", "WITHIN_A_YEAR");
        body.putArray("competenceAreas").add(area);
        return post(Service.NEEDS, "/api/needs?publish=true", body, () -> stack.tokenFor(reporter)).path("id").asText();
    }

    /** POST to the next instance in turn; one that refuses the connection is passed over for the next. */
    private JsonNode post(Service service, String path, JsonNode body, Supplier<String> token) {
        List<URI> instances = instances(service);
        for (int i = 0; ; i++) {
            try {
                return post(instances.get(i).resolve(path), body, token);
            } catch (LoadException e) {
                if (!(e.getCause() instanceof java.net.ConnectException) || i == instances.size() - 1) {
                    throw e;
                }
            }
        }
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
