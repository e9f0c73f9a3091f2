package fi.osaava.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class DemoDataTest {

    private static final Set<String> AREAS = Set.of("medication-safety", "infection-prevention", "gerontological-care",
            "mental-health-substance-abuse", "child-protection", "rehabilitation", "emergency-care", "documentation",
            "client-information-systems", "client-patient-safety", "ethics-legislation", "multiprofessional-work",
            "leadership-change-management", "service-design", "wellbeing-at-work");
    private static final Set<String> TYPES = Set.of("WELLBEING_SERVICES_COUNTY", "UNIVERSITY",
            "UNIVERSITY_OF_APPLIED_SCIENCES", "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER", "SERVICE_PRODUCER",
            "NGO", "AUTHORITY", "FUNDER", "UNION", "OTHER");
    private static final Set<String> EDUCATION_PROVIDERS = Set.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");
    private static final Set<String> REGIONS = Set.of("11", "06");

    private final DemoData demo = DemoData.fromClasspath();
    private final JsonNode json = demo.json();
    private final ObjectMapper mapper = new ObjectMapper();
    private FakeServices services;

    @AfterEach
    void stopFake() {
        if (services != null) {
            services.server.stop(0);
        }
    }

    // ---- the data itself

    @Test
    void businessIdsAreFromTheDemoRangeWithACorrectCheckDigitAndUnique() {
        Set<String> seen = new HashSet<>();
        for (JsonNode organisation : json.path("organisations")) {
            String businessId = organisation.path("businessId").asText();
            assertThat(businessId).as(organisation.path("name").asText()).matches("00000\\d\\d-\\d");
            assertThat(checkDigit(businessId.substring(0, 7))).as(businessId).isEqualTo(businessId.charAt(8) - '0');
            assertThat(seen.add(businessId)).as("unique " + businessId).isTrue();
        }
        assertThat(checkDigit("0000001")).isEqualTo(9); // the worked example
    }

    @Test
    void organisationsUseOnlyKnownCodesAndDemoAddresses() {
        Pattern email = Pattern.compile("[a-z0-9.-]+@([a-z0-9-]+\\.)?demo\\.osaava\\.fi");
        for (JsonNode organisation : json.path("organisations")) {
            String name = organisation.path("name").asText();
            assertThat(TYPES).as(name).contains(organisation.path("type").asText());
            assertThat(Set.of("CORE", "MIDDLE", "OUTER")).as(name).contains(organisation.path("ring").asText());
            assertThat(texts(organisation.path("regions"))).as(name).isNotEmpty().allMatch(REGIONS::contains);
            assertThat(texts(organisation.path("competenceAreasOffered"))).as(name).allMatch(AREAS::contains);
            assertThat(texts(organisation.path("competenceAreasOfInterest"))).as(name).allMatch(AREAS::contains);
            assertThat(texts(organisation.path("targetGroups"))).as(name).allMatch(Set.of("STAFF", "SUPERVISORS")::contains);
            assertThat(organisation.path("contactEmail").asText()).as(name).matches(email);
            assertThat(organisation.path("demo").asBoolean()).as(name).isTrue();
        }
        assertThat(demo.organisationCount()).isEqualTo(16);
    }

    @Test
    void offeringsAndNeedsReferToKnownOrganisationsAndCodes() {
        List<String> refs = demo.refs();
        Set<String> categories = new HashSet<>();
        for (JsonNode offering : json.path("offerings")) {
            assertThat(refs).contains(offering.path("provider").asText());
            assertThat(texts(offering.path("competenceAreas"))).isNotEmpty().allMatch(AREAS::contains);
            assertThat(texts(offering.path("regions"))).isNotEmpty().allMatch(REGIONS::contains);
            assertThat(texts(offering.path("targetGroups"))).isNotEmpty();
            categories.add(offering.path("category").asText());
        }
        assertThat(categories).containsExactlyInAnyOrder("FREE_TRAINING_WEBINAR_TOOL", "PROVIDER_TRAINING",
                "CHANGE_SUPPORT", "PROJECT_EVENT");
        for (JsonNode need : json.path("needs")) {
            assertThat(refs).contains(need.path("reportingOrganisation").asText());
            assertThat(organisation(need.path("reportingOrganisation").asText()).path("type").asText())
                    .isEqualTo("WELLBEING_SERVICES_COUNTY");
            // so that the headline command's mails are easy to tell apart
            assertThat(texts(need.path("competenceAreas"))).doesNotContain("medication-safety").allMatch(AREAS::contains);
        }
    }

    /** The same rule notification-service applies (AlertPolicy), checked against the headline's expectations. */
    @Test
    void theHeadlineNeedReachesExactlyTheOrganisationsItNames() {
        JsonNode need = json.path("headline").path("need");
        Set<String> alerted = new HashSet<>();
        for (JsonNode organisation : json.path("organisations")) {
            if (wouldBeAlerted(organisation, need)) {
                alerted.add(organisation.path("ref").asText());
            }
        }
        assertThat(alerted).containsExactlyInAnyOrderElementsOf(texts(json.path("headline").path("alerted")));
        assertThat(alerted).doesNotContainAnyElementsOf(texts(json.path("headline").path("notAlerted")));
        assertThat(texts(organisation("ita-suomen-yliopisto").path("competenceAreasOffered"))).doesNotContain("medication-safety");
        assertThat(texts(organisation("tamk").path("competenceAreasOffered"))).contains("medication-safety");
        assertThat(organisation("tamk").path("regions").toString()).doesNotContain("\"11\"");
    }

    // ---- the loader

    @Test
    void loadsEverythingOnceAndRemembersTheIds(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");

        DemoIds first = demo.loadIfEmpty(services.endpoints(), idsFile);

        assertThat(first.loadedNow()).isTrue();
        assertThat(services.organisations).hasSize(16);
        assertThat(services.offerings).hasSize(demo.offeringCount());
        assertThat(services.needs).hasSize(2);
        assertThat(services.organisations).noneMatch(o -> o.has("ref"));
        assertThat(services.offerings).allMatch(o -> first.organisations().containsValue(o.path("providerOrganisationId").asText()) && !o.has("provider"));
        assertThat(services.needs).allMatch(n -> first.organisations().containsValue(n.path("reportingOrganisationId").asText()));
        assertThat(services.queries).contains("/api/offerings?publish=true", "/api/needs?publish=true");
        assertThat(idsFile).isRegularFile();

        DemoIds second = demo.loadIfEmpty(services.endpoints(), idsFile);

        assertThat(second.loadedNow()).isFalse();
        assertThat(services.organisations).hasSize(16);
        assertThat(second.organisations()).isEqualTo(first.organisations());
        assertThat(second.offerings()).isEqualTo(first.offerings());
        assertThat(second.needs()).isEqualTo(first.needs());

        ObjectNode headline = demo.headlineNeedRequest(second);
        assertThat(headline.path("reportingOrganisationId").asText())
                .isEqualTo(first.organisations().get("Pohjois-Savon hyvinvointialue"));
        assertThat(headline.path("title").asText()).isEqualTo("Lääkehoidon turvallisuus kotihoidossa");
        assertThat(headline.path("competenceAreas").toString()).isEqualTo("[\"medication-safety\"]");
        assertThat(headline.path("estimatedLearners").asInt()).isEqualTo(120);
        assertThat(demo.headlineNeedCurl(second, URI.create("http://localhost:8083")))
                .startsWith("curl -sS -X POST 'http://localhost:8083/api/needs?publish=true'")
                .contains(first.organisations().get("Pohjois-Savon hyvinvointialue"));
    }

    @Test
    void failsLoudlyWithStatusAndBody(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        services.failOfferings = true;
        Path idsFile = dataDir.resolve("demo-ids.json");

        assertThatThrownBy(() -> demo.loadIfEmpty(services.endpoints(), idsFile))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("POST " + services.base() + "/api/offerings?publish=true answered 500")
                .hasMessageContaining("NullPointerException in OfferingController")
                .hasMessageContaining("--reset");
        assertThat(DemoIds.read(idsFile, mapper)).get().satisfies(ids -> assertThat(ids.organisations()).hasSize(16));
    }

    // ---- helpers

    private static boolean wouldBeAlerted(JsonNode organisation, JsonNode need) {
        Set<String> targetGroups = new HashSet<>(texts(organisation.path("targetGroups")));
        if (organisation.path("ref").asText().equals(need.path("reportingOrganisation").asText())
                || !texts(organisation.path("regions")).contains(need.path("region").asText())
                || !(targetGroups.isEmpty() || targetGroups.contains(need.path("targetGroup").asText()))) {
            return false;
        }
        String type = organisation.path("type").asText();
        String field = EDUCATION_PROVIDERS.contains(type) ? "competenceAreasOffered"
                : Set.of("SERVICE_PRODUCER", "NGO").contains(type) ? "competenceAreasOfInterest" : null;
        if (field == null) {
            return false;
        }
        Set<String> areas = new HashSet<>(texts(organisation.path(field)));
        areas.retainAll(texts(need.path("competenceAreas")));
        return !areas.isEmpty();
    }

    private JsonNode organisation(String ref) {
        for (JsonNode organisation : json.path("organisations")) {
            if (organisation.path("ref").asText().equals(ref)) {
                return organisation;
            }
        }
        throw new AssertionError("no organisation " + ref);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Y-tunnus check digit: weights 7,9,10,5,8,4,2; r = sum mod 11; 0 → 0, 1 → invalid, else 11 − r. */
    private static int checkDigit(String sevenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * weights[i];
        }
        int r = sum % 11;
        return r == 0 ? 0 : r == 1 ? -1 : 11 - r;
    }

    /** membership, catalogue, needs and notification in one tiny HTTP server. */
    private static final class FakeServices {
        final HttpServer server;
        final ObjectMapper mapper;
        final List<ObjectNode> organisations = new CopyOnWriteArrayList<>();
        final List<ObjectNode> offerings = new CopyOnWriteArrayList<>();
        final List<ObjectNode> needs = new CopyOnWriteArrayList<>();
        final List<String> queries = new CopyOnWriteArrayList<>();
        volatile boolean failOfferings;

        private FakeServices(HttpServer server, ObjectMapper mapper) {
            this.server = server;
            this.mapper = mapper;
        }

        static FakeServices start(ObjectMapper mapper) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeServices fake = new FakeServices(server, mapper);
            server.createContext("/api/organisations", exchange -> fake.collection(exchange, fake.organisations));
            server.createContext("/api/offerings", exchange -> {
                if (fake.failOfferings) {
                    respond(exchange, 500, "{\"error\":\"NullPointerException in OfferingController\"}");
                } else {
                    fake.collection(exchange, fake.offerings);
                }
            });
            server.createContext("/api/needs", exchange -> fake.collection(exchange, fake.needs));
            server.createContext("/api/recipients", exchange -> {
                ArrayNode recipients = mapper.createArrayNode();
                fake.organisations.forEach(o -> recipients.addObject().put("organisationId", o.path("id").asText()));
                respond(exchange, 200, recipients.toString());
            });
            server.start();
            return fake;
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        DemoData.Endpoints endpoints() {
            return new DemoData.Endpoints(base(), base(), base(), base());
        }

        private void collection(HttpExchange exchange, List<ObjectNode> items) throws IOException {
            queries.add(exchange.getRequestURI().toString());
            if ("GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 200, mapper.valueToTree(items).toString());
                return;
            }
            ObjectNode item = (ObjectNode) mapper.readTree(exchange.getRequestBody());
            item.put("id", UUID.randomUUID().toString());
            items.add(item);
            respond(exchange, 201, item.toString());
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
