package fi.osaava.localstack.demo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo needs and what the ecosystem did with them: each need is posted and published with a token of
 * its reporter, then endorsed by other organisations (each with its own token), answered by education
 * providers and prioritised by the coordinator. Every step may run again on a later start: a need already
 * remembered or listed under its title is not posted twice, and an organisation that already endorsed or
 * answered a need, or a need that already has a priority decision, is left as it is, so what people did
 * with the demo needs since is never overwritten. A need that is no longer open (409) is left alone.
 */
final class DemoNeeds {

    /** What a demo need holds besides the need's own body. */
    private static final String[] NOT_POSTED = {"reportingOrganisation", "endorsements", "answers", "priority"};
    private static final int CONFLICT = 409;

    private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

    private final JsonNode needs;
    private final JsonHttp http;
    private final ObjectMapper mapper;
    private final URI needsService;
    private final Function<String, String> nameOf;
    private final Function<String, String> tokenOf;
    private final Supplier<String> coordinatorToken;

    /**
     * @param nameOf           an organisation's name by its ref in the data set
     * @param tokenOf          a token of an organisation's system client, by its name
     */
    DemoNeeds(JsonNode needs, JsonHttp http, ObjectMapper mapper, URI needsService, Function<String, String> nameOf,
              Function<String, String> tokenOf, Supplier<String> coordinatorToken) {
        this.needs = needs;
        this.http = http;
        this.mapper = mapper;
        this.needsService = needsService;
        this.nameOf = nameOf;
        this.tokenOf = tokenOf;
        this.coordinatorToken = coordinatorToken;
    }

    /** A need of the data set as posted: the reporter comes from the token, the rest is posted afterwards. */
    static ObjectNode request(JsonNode need) {
        ObjectNode request = (ObjectNode) need.deepCopy();
        request.remove(List.of(NOT_POSTED));
        return request;
    }

    /**
     * Posts (and publishes) every demo need not in {@code ids} (title → id), adding the new ids to it. With
     * {@code checkService}, a need its reporter already has under the same title is taken instead of posted.
     */
    void postMissing(Map<String, String> ids, Map<String, String> organisationIds, boolean checkService) {
        URI url = needsService.resolve("/api/needs?publish=true");
        for (JsonNode need : needs) {
            String title = need.path("title").asText();
            if (ids.containsKey(title)) {
                continue;
            }
            String reporter = nameOf.apply(need.path("reportingOrganisation").asText());
            String reporterId = organisationIds.get(reporter);
            Optional<String> listed = checkService && reporterId != null ? listed(reporterId, title, tokenOf.apply(reporter))
                    : Optional.empty();
            ids.put(title, listed.isPresent() ? listed.get()
                    : DemoData.idOf(http.post(url, request(need), tokenOf.apply(reporter)), url));
        }
    }

    /** The endorsements, answers and priorities of every demo need in {@code ids} that are not there yet. */
    void participate(Map<String, String> ids, Map<String, String> organisationIds) {
        for (JsonNode need : needs) {
            String id = ids.get(need.path("title").asText());
            if (id != null) {
                participate(id, need, organisationIds);
            }
        }
    }

    private void participate(String id, JsonNode need, Map<String, String> organisationIds) {
        URI needUrl = needsService.resolve("/api/needs/" + id);
        JsonNode current = http.get(needUrl, coordinatorToken.get());
        for (JsonNode endorsement : need.path("endorsements")) {
            String endorser = nameOf.apply(endorsement.path("organisation").asText());
            if (has(current.path("endorsements"), organisationIds.get(endorser), null)) {
                continue;
            }
            ObjectNode body = mapper.createObjectNode().put("learners", endorsement.path("learners").asInt())
                    .put("comment", endorsement.path("comment").asText());
            // the same head count and comment again changes nothing in needs-service either
            tolerate(http.putUnless(needsService.resolve("/api/needs/" + id + "/endorsements/mine"), body,
                    tokenOf.apply(endorser), CONFLICT), "endorsement by " + endorser, id);
        }
        for (JsonNode answer : need.path("answers")) {
            String provider = nameOf.apply(answer.path("organisation").asText());
            if (has(current.path("answers"), organisationIds.get(provider), answer.path("kind").asText())) {
                continue;
            }
            ObjectNode body = (ObjectNode) answer.deepCopy();
            body.remove("organisation");
            tolerate(http.postRepeatable(needsService.resolve("/api/needs/" + id + "/answers"), body,
                    tokenOf.apply(provider), CONFLICT), "answer by " + provider, id);
        }
        JsonNode priority = need.path("priority");
        if (!priority.isMissingNode() && current.path("priorityHistory").isEmpty()) {
            tolerate(http.putUnless(needsService.resolve("/api/needs/" + id + "/priority"), priority.deepCopy(),
                    coordinatorToken.get(), CONFLICT), "priority", id);
        }
    }

    /** Whether the need's endorsements or answers hold one by this organisation (and of this kind). */
    private static boolean has(JsonNode items, @Nullable String organisationId, @Nullable String kind) {
        for (JsonNode item : items) {
            if (item.path("organisationId").asText().equals(organisationId)
                    && (kind == null || kind.equals(item.path("kind").asText()))) {
                return true;
            }
        }
        return false;
    }

    private static void tolerate(Optional<JsonNode> answered, String what, String needId) {
        if (answered.isEmpty()) {
            log.warn("Demo {} of need {} left out: the need is no longer open (409)", what, needId);
        }
    }

    /** The id of the organisation's need with this title, drafts and closed ones too. */
    private Optional<String> listed(String organisationId, String title, String token) {
        URI url = needsService.resolve("/api/needs?size=500&reportingOrganisationId="
                + URLEncoder.encode(organisationId, StandardCharsets.UTF_8));
        for (JsonNode need : http.get(url, token)) {
            if (title.equals(need.path("title").asText()) && organisationId.equals(need.path("reportingOrganisationId").asText())) {
                return Optional.of(need.path("id").asText());
            }
        }
        return Optional.empty();
    }
}
