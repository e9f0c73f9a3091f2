package fi.osaava.localstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.Service;

/**
 * The demo data set ({@value #RESOURCE}) and its loader. Loads only when membership-service has no
 * organisation yet, so restarts on the same data dir do not duplicate anything.
 *
 * <pre>{@code
 * DemoData demo = DemoData.fromClasspath();
 * DemoIds ids = demo.loadIfEmpty(stack);
 * ObjectNode need = demo.headlineNeedRequest(ids); // POST it to /api/needs?publish=true
 * }</pre>
 */
public final class DemoData {

    public static final String RESOURCE = "demo/demo-data.json";
    private static final Duration RECIPIENTS_WAIT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Where the services answer. */
    public record Endpoints(URI membership, URI catalogue, URI needs, URI notification) {

        public static Endpoints of(LocalStack stack) {
            return new Endpoints(stack.serviceUrl(Service.MEMBERSHIP), stack.serviceUrl(Service.CATALOGUE),
                    stack.serviceUrl(Service.NEEDS), stack.serviceUrl(Service.NOTIFICATION));
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode root;
    private final Map<String, JsonNode> organisationsByRef = new LinkedHashMap<>();

    private DemoData(JsonNode root) {
        this.root = root;
        for (JsonNode organisation : root.path("organisations")) {
            organisationsByRef.put(organisation.path("ref").asText(), organisation);
        }
    }

    public static DemoData fromClasspath() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new DemoData(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    /** The whole data set as in the resource (organisations carry a {@code ref} the others point at). */
    public JsonNode json() {
        return root.deepCopy();
    }

    public int organisationCount() {
        return root.path("organisations").size();
    }

    public int offeringCount() {
        return root.path("offerings").size();
    }

    public int needCount() {
        return root.path("needs").size();
    }

    /** {@link #loadIfEmpty(Endpoints, Path)} with the stack's URLs and {@code <dataDir>/demo-ids.json}. */
    public DemoIds loadIfEmpty(LocalStack stack) {
        return loadIfEmpty(Endpoints.of(stack), stack.settings().demoIdsFile());
    }

    /**
     * Posts the organisations, offerings and needs when membership-service lists no organisation;
     * otherwise returns the ids from {@code idsFile} (organisations always as membership-service lists them).
     *
     * @throws DemoDataException with the request, status and body when a service does not answer as expected
     */
    public DemoIds loadIfEmpty(Endpoints endpoints, Path idsFile) {
        JsonHttp http = new JsonHttp(mapper);
        URI organisationsUrl = endpoints.membership().resolve("/api/organisations");
        JsonNode existing = http.get(organisationsUrl);
        if (!existing.isArray()) {
            throw new DemoDataException("GET " + organisationsUrl + " did not answer with a JSON array: " + existing);
        }
        if (!existing.isEmpty()) {
            Map<String, String> organisations = new LinkedHashMap<>();
            for (JsonNode organisation : existing) {
                organisations.putIfAbsent(organisation.path("name").asText(), organisation.path("id").asText());
            }
            Optional<DemoIds> stored = DemoIds.read(idsFile, mapper);
            DemoIds ids = new DemoIds(false, organisations,
                    stored.map(DemoIds::offerings).orElse(Map.of()), stored.map(DemoIds::needs).orElse(Map.of()));
            log.info("Demo data already present ({} organisations); not loading it again", existing.size());
            return ids;
        }
        return load(http, endpoints, idsFile);
    }

    private DemoIds load(JsonHttp http, Endpoints endpoints, Path idsFile) {
        log.info("Loading demo data: {} organisations, {} offerings, {} needs", organisationCount(), offeringCount(), needCount());
        Map<String, String> idByRef = new LinkedHashMap<>();
        Map<String, String> organisations = new LinkedHashMap<>();
        Map<String, String> offerings = new LinkedHashMap<>();
        Map<String, String> needs = new LinkedHashMap<>();
        try {
            URI organisationsUrl = endpoints.membership().resolve("/api/organisations");
            for (JsonNode organisation : root.path("organisations")) {
                ObjectNode body = organisation.deepCopy();
                String ref = body.remove("ref").asText();
                String id = idOf(http.post(organisationsUrl, body), organisationsUrl);
                idByRef.put(ref, id);
                organisations.put(body.path("name").asText(), id);
            }
            awaitRecipients(http, endpoints.notification().resolve("/api/recipients"), Set.copyOf(idByRef.values()));

            URI offeringsUrl = endpoints.catalogue().resolve("/api/offerings?publish=true");
            for (JsonNode offering : root.path("offerings")) {
                ObjectNode body = offering.deepCopy();
                String provider = body.remove("provider").asText();
                ObjectNode request = mapper.createObjectNode().put("providerOrganisationId", idFor(idByRef, provider));
                request.setAll(body);
                offerings.put(body.path("title").asText(), idOf(http.post(offeringsUrl, request), offeringsUrl));
            }

            URI needsUrl = endpoints.needs().resolve("/api/needs?publish=true");
            for (JsonNode need : root.path("needs")) {
                ObjectNode request = needRequest(need, idByRef);
                needs.put(request.path("title").asText(), idOf(http.post(needsUrl, request), needsUrl));
            }
        } catch (DemoDataException e) {
            new DemoIds(true, organisations, offerings, needs).write(idsFile, mapper);
            throw new DemoDataException("loading the demo data failed after " + organisations.size() + " organisations, "
                    + offerings.size() + " offerings and " + needs.size() + " needs; " + e.getMessage()
                    + System.lineSeparator() + "(membership-service now has organisations, so a restart will not load"
                    + " the rest: start over with --reset)", e);
        }
        DemoIds ids = new DemoIds(true, organisations, offerings, needs);
        ids.write(idsFile, mapper);
        log.info("Demo data loaded; ids in {}", idsFile);
        return ids;
    }

    /**
     * notification-service learns organisations from Kafka: the demo needs alert someone only once it
     * knows them. Best effort: if the endpoint is not there, do not wait.
     */
    private void awaitRecipients(JsonHttp http, URI recipientsUrl, Set<String> organisationIds) {
        long deadline = System.nanoTime() + RECIPIENTS_WAIT.toNanos();
        while (true) {
            Optional<JsonNode> recipients = http.tryGet(recipientsUrl);
            if (recipients.isEmpty() || !recipients.get().isArray()) {
                log.warn("{} did not list recipients; publishing the demo needs without waiting for it", recipientsUrl);
                return;
            }
            Set<String> known = new HashSet<>();
            recipients.get().forEach(r -> known.add(r.path("organisationId").asText(r.path("id").asText())));
            if (known.containsAll(organisationIds)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                log.warn("notification-service knows {} of the {} demo organisations after {} s; publishing the demo needs anyway",
                        organisationIds.stream().filter(known::contains).count(), organisationIds.size(), RECIPIENTS_WAIT.toSeconds());
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException("interrupted while waiting for " + recipientsUrl, e);
            }
        }
    }

    // ---- the headline scenario: a new medication-safety need in Pohjois-Savo

    /** Body for {@code POST /api/needs?publish=true}: Pohjois-Savon hyvinvointialue's new medication-safety need. */
    public ObjectNode headlineNeedRequest(DemoIds ids) {
        JsonNode need = root.path("headline").path("need");
        String ref = need.path("reportingOrganisation").asText();
        String name = organisationsByRef.get(ref).path("name").asText();
        String id = ids.organisationId(name).orElseThrow(() -> new DemoDataException(
                "no id for " + name + " (membership-service does not list it): start over with --reset"));
        return needRequest(need, Map.of(ref, id));
    }

    /** A ready-to-paste curl that publishes {@link #headlineNeedRequest}. */
    public String headlineNeedCurl(DemoIds ids, URI needsServiceUrl) {
        String json = new JsonHttp(mapper).write(headlineNeedRequest(ids)).replace("'", "'\\''");
        return "curl -sS -X POST '" + needsServiceUrl.resolve("/api/needs?publish=true") + "' \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -d '" + json + "'";
    }

    /** Name and contact e-mail of the organisations the headline need should alert. */
    public Map<String, String> headlineAlerted() {
        return namesAndEmails(root.path("headline").path("alerted"));
    }

    /** Name and contact e-mail of the organisations the headline need must not alert. */
    public Map<String, String> headlineNotAlerted() {
        return namesAndEmails(root.path("headline").path("notAlerted"));
    }

    // ---- helpers

    private ObjectNode needRequest(JsonNode need, Map<String, String> idByRef) {
        ObjectNode body = need.deepCopy();
        String reporter = body.remove("reportingOrganisation").asText();
        ObjectNode request = mapper.createObjectNode().put("reportingOrganisationId", idFor(idByRef, reporter));
        request.setAll(body);
        return request;
    }

    private Map<String, String> namesAndEmails(JsonNode refs) {
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonNode ref : refs) {
            JsonNode organisation = organisationsByRef.get(ref.asText());
            if (organisation == null) {
                throw new IllegalStateException(RESOURCE + " refers to an unknown organisation " + ref);
            }
            result.put(organisation.path("name").asText(), organisation.path("contactEmail").asText());
        }
        return result;
    }

    private static String idFor(Map<String, String> idByRef, String ref) {
        String id = idByRef.get(ref);
        if (id == null) {
            throw new IllegalStateException(RESOURCE + " refers to an unknown organisation " + ref);
        }
        return id;
    }

    private static String idOf(JsonNode created, URI url) {
        JsonNode id = created.path("id");
        if (!id.isValueNode() || id.asText().isBlank()) {
            throw new DemoDataException("POST " + url + " answered 201 without an \"id\": " + created);
        }
        return id.asText();
    }

    /** All organisation refs, for checks. */
    List<String> refs() {
        return new ArrayList<>(organisationsByRef.keySet());
    }
}
