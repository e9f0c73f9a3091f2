package fi.osaava.localstack.demo;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The demo offerings, thesis topics, networks and pre-registrations, posted to catalogue-service. */
final class DemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final JsonNode root;
    private final JsonHttp http;
    private final ObjectMapper mapper;
    private final URI catalogue;
    private final Function<String, String> nameOf;
    private final Function<String, String> tokenOf;

    /**
     * @param nameOf  an organisation's name by its ref in the data set
     * @param tokenOf a token of an organisation's system client, by its name
     */
    DemoCatalogue(JsonNode root, JsonHttp http, ObjectMapper mapper, URI catalogue, Function<String, String> nameOf,
                  Function<String, String> tokenOf) {
        this.root = root;
        this.http = http;
        this.mapper = mapper;
        this.catalogue = catalogue;
        this.nameOf = nameOf;
        this.tokenOf = tokenOf;
    }

    /** Publishes every demo offering with a token of its provider; {@code offerings} gets their ids by Finnish title. */
    void postOfferings(Map<String, String> offerings) {
        URI offeringsUrl = catalogue.resolve("/api/offerings?publish=true");
        for (JsonNode offering : root.path("offerings")) {
            ObjectNode body = (ObjectNode) offering.deepCopy();
            String provider = nameOf(body.remove("provider").asText());
            // the provider is the token's organisation
            offerings.put(body.path("titles").path("fi").asText(),
                    DemoData.idOf(http.post(offeringsUrl, body, tokenOf(provider)), offeringsUrl));
        }
    }

    /**
     * The thesis topics, networks and pre-registrations of the data set, each posted with a token of its
     * own organisation (roles SYSTEM and MEMBER). Those already in {@code extras} (remembered in
     * {@code demo-ids.json}) are skipped; with {@code checkCatalogue} so are topics and networks the
     * catalogue already lists for their organisation under the same title or name. A pre-registration
     * whose offering has no known id, or that catalogue-service refuses with 409 (e.g. its registration
     * deadline has passed), is left out with a warning: it must not stop the stack.
     */
    void loadExtras(Map<String, String> organisations, Map<String, String> offerings,
                             CatalogueExtras extras, boolean checkCatalogue) {
        URI topicsUrl = catalogue.resolve("/api/thesis-topics");
        for (JsonNode topic : root.path("thesisTopics")) {
            ObjectNode body = (ObjectNode) topic.deepCopy();
            String owner = nameOf(body.remove("organisation").asText());
            String title = body.path("title").asText();
            if (extras.thesisTopics.containsKey(title)) {
                continue;
            }
            String organisationId = organisations.get(owner);
            Optional<String> listed = checkCatalogue && organisationId != null
                    ? listedThesisTopic(organisationId, title, tokenOf(owner)) : Optional.empty();
            extras.thesisTopics.put(title, listed.isPresent() ? listed.get()
                    : DemoData.idOf(http.post(topicsUrl, body, tokenOf(owner)), topicsUrl));
        }
        URI networksUrl = catalogue.resolve("/api/networks");
        for (JsonNode network : root.path("networks")) {
            ObjectNode body = (ObjectNode) network.deepCopy();
            String host = nameOf(body.remove("organisation").asText());
            String name = body.path("name").asText();
            if (extras.networks.containsKey(name)) {
                continue;
            }
            String organisationId = organisations.get(host);
            Optional<String> listed = checkCatalogue && organisationId != null
                    ? listedNetwork(organisationId, name, tokenOf(host)) : Optional.empty();
            extras.networks.put(name, listed.isPresent() ? listed.get()
                    : DemoData.idOf(http.post(networksUrl, body, tokenOf(host)), networksUrl));
        }
        for (JsonNode preRegistration : root.path("preRegistrations")) {
            String organisation = nameOf(preRegistration.path("organisation").asText());
            String offering = preRegistration.path("offering").asText();
            String key = DemoIds.preRegistrationKey(organisation, offering);
            if (extras.preRegistrations.containsKey(key)) {
                continue;
            }
            String offeringId = offerings.get(offering);
            if (offeringId == null) {
                log.warn("Demo pre-registration {} left out: no id for the offering", key);
                continue;
            }
            String token = tokenOf(organisation);
            URI url = catalogue.resolve("/api/offerings/" + offeringId + "/pre-registrations");
            // the same request again answers 200 with the same pre-registration: nothing is booked twice
            Optional<JsonNode> made = http.postRepeatable(url, mapper.createObjectNode()
                    .put("seats", preRegistration.path("seats").asInt()), token, 409);
            if (made.isEmpty()) {
                log.warn("Demo pre-registration {} left out: {} answered 409 (deadline passed, or other seats held)", key, url);
                continue;
            }
            if (preRegistration.path("commit").asBoolean()) {
                URI commitUrl = catalogue.resolve("/api/offerings/" + offeringId + "/pre-registrations/mine/commit");
                if (http.postRepeatable(commitUrl, null, token, 409).isEmpty()) {
                    log.warn("Demo pre-registration {} not committed: {} answered 409", key, commitUrl);
                }
            }
            extras.preRegistrations.put(key, DemoData.idOf(made.get(), url));
        }
    }

    /** The id of the organisation's thesis topic with this title, in any status. */
    private Optional<String> listedThesisTopic(String organisationId, String title, String token) {
        for (String status : List.of("OPEN", "TAKEN", "CLOSED")) {
            URI url = catalogue.resolve("/api/thesis-topics?organisationId=" + organisationId
                    + "&status=" + status + "&size=100");
            Optional<String> id = itemId(http.get(url, token), "title", title, organisationId);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** The id of the organisation's network with this name, closed ones too. */
    private Optional<String> listedNetwork(String organisationId, String name, String token) {
        URI url = catalogue.resolve("/api/networks?includeClosed=true&order=newest&size=100");
        return itemId(http.get(url, token), "name", name, organisationId);
    }

    private Optional<String> itemId(JsonNode page, String field, String value, String organisationId) {
        for (JsonNode item : page.path("items")) {
            if (value.equals(item.path(field).asText()) && organisationId.equals(item.path("organisationId").asText())) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private String nameOf(String ref) {
        return nameOf.apply(ref);
    }

    private String tokenOf(String organisation) {
        return tokenOf.apply(organisation);
    }
}
