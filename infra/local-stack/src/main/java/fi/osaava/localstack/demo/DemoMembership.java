package fi.osaava.localstack.demo;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo ecosystems and their organisations: each registered into its ecosystem, each ecosystem founded by the
 * platform coordinator right after its coordinator organisation is registered. Everything is looked up before it
 * is posted, so a later start adds only what is missing and leaves what people did since alone: an ecosystem is
 * found by its id, a participation in the organisation's record. The passive members are {@link DemoPassiveMembers},
 * the annual clock and the meeting {@link DemoGovernance}; {@link DemoLoader} runs all three.
 */
final class DemoMembership {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final int CONFLICT = 409;

    private static final Logger log = LoggerFactory.getLogger(DemoMembership.class);

    private final JsonNode root;
    private final JsonHttp http;
    private final ObjectMapper mapper;
    private final URI membership;
    private final Function<String, String> tokenOf;
    private final Supplier<String> coordinatorToken;

    /**
     * @param root     the whole data set
     * @param tokenOf  a token of an organisation's system client, by its name
     */
    DemoMembership(JsonNode root, JsonHttp http, ObjectMapper mapper, URI membership,
                   Function<String, String> tokenOf, Supplier<String> coordinatorToken) {
        this.root = root;
        this.http = http;
        this.mapper = mapper;
        this.membership = membership;
        this.tokenOf = tokenOf;
        this.coordinatorToken = coordinatorToken;
    }

    // ---- organisations and ecosystems

    /**
     * Registers every demo organisation as the coordinator, {@code registered(ref, id)} after each: first the
     * ecosystems' coordinator organisations, each ecosystem founded right after its coordinator; then the
     * others straight into the ecosystem of their first participation, active there in its ring. Further
     * participations are applied for and approved.
     */
    void register(BiConsumer<String, String> registered) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> coordinated = new HashMap<>(); // coordinator ref → ecosystem id
        root.path("ecosystems").forEach(e -> coordinated.put(e.path("coordinator").asText(), e.path("id").asText()));
        URI url = membership.resolve("/api/organisations");
        for (JsonNode ecosystem : root.path("ecosystems")) {
            String ref = ecosystem.path("coordinator").asText();
            if (!ids.containsKey(ref)) {
                String id = DemoData.idOf(http.post(url, body(organisation(ref), null), coordinatorToken.get()), url);
                ids.put(ref, id);
                registered.accept(ref, id);
            }
            found(ecosystem, ids.get(ref));
        }
        for (JsonNode organisation : root.path("organisations")) {
            String ref = organisation.path("ref").asText();
            if (ids.containsKey(ref)) {
                continue;
            }
            String ecosystem = organisation.path("participations").path(0).path("ecosystem").asText(null);
            String id = DemoData.idOf(http.post(url, body(organisation, ecosystem), coordinatorToken.get()), url);
            ids.put(ref, id);
            registered.accept(ref, id);
        }
        for (JsonNode organisation : root.path("organisations")) {
            String ref = organisation.path("ref").asText();
            JsonNode participations = organisation.path("participations");
            for (int i = 0; i < participations.size(); i++) {
                String ecosystem = participations.get(i).path("ecosystem").asText();
                boolean inAlready = coordinated.containsKey(ref) ? ecosystem.equals(coordinated.get(ref)) : i == 0;
                if (!inAlready) {
                    join(organisation, ids.get(ref), participations.get(i), null);
                }
            }
        }
    }

    /**
     * A later start: founds the demo ecosystems membership-service lacks and brings the listed organisations
     * (the coordinator's {@code GET /api/organisations}) into the demo ecosystems they take no part in
     * (a data dir from before ecosystems existed): an application approved at once. A participation in any
     * state is left as it is, except an application still pending, which is approved.
     */
    void completeEcosystems(JsonNode listed) {
        Map<String, JsonNode> byName = new HashMap<>();
        listed.forEach(o -> byName.putIfAbsent(o.path("name").asText(), o));
        for (JsonNode ecosystem : root.path("ecosystems")) {
            String id = ecosystem.path("id").asText();
            if (http.tryGet(membership.resolve("/api/ecosystems/" + id), coordinatorToken.get()).isPresent()) {
                continue;
            }
            JsonNode coordinator = byName.get(organisation(ecosystem.path("coordinator").asText()).path("name").asText());
            if (coordinator == null) {
                log.warn("Demo ecosystem {} not founded: membership-service does not list its coordinator organisation", id);
                continue;
            }
            found(ecosystem, coordinator.path("id").asText());
        }
        Set<String> founded = new HashSet<>();
        root.path("ecosystems").forEach(e -> founded.add(e.path("id").asText()));
        for (JsonNode organisation : root.path("organisations")) {
            JsonNode current = byName.get(organisation.path("name").asText());
            if (current == null) {
                continue;
            }
            for (JsonNode participation : organisation.path("participations")) {
                String ecosystem = participation.path("ecosystem").asText();
                if (!founded.contains(ecosystem) || isCoordinatorOf(organisation, ecosystem)) {
                    continue;
                }
                join(organisation, current.path("id").asText(), participation, statusIn(current, ecosystem));
            }
        }
    }

    private boolean isCoordinatorOf(JsonNode organisation, String ecosystemId) {
        for (JsonNode ecosystem : root.path("ecosystems")) {
            if (ecosystem.path("id").asText().equals(ecosystemId)) {
                return ecosystem.path("coordinator").asText().equals(organisation.path("ref").asText());
            }
        }
        return false;
    }

    private static @Nullable String statusIn(JsonNode organisation, String ecosystemId) {
        for (JsonNode participation : organisation.path("participations")) {
            if (ecosystemId.equals(participation.path("ecosystemId").asText())) {
                return participation.path("status").asText();
            }
        }
        return null;
    }

    /** {@code POST /api/ecosystems} as the platform coordinator. */
    private void found(JsonNode ecosystem, String coordinatorOrganisationId) {
        URI url = membership.resolve("/api/ecosystems");
        ObjectNode body = mapper.createObjectNode().put("id", ecosystem.path("id").asText())
                .put("name", ecosystem.path("name").asText()).put("description", ecosystem.path("description").asText())
                .put("coordinatorOrganisationId", coordinatorOrganisationId);
        body.set("regions", ecosystem.path("regions").deepCopy());
        http.post(url, body, coordinatorToken.get());
    }

    /** Applies for the organisation (unless it already did) and approves it in the participation's ring. */
    private void join(JsonNode organisation, String organisationId, JsonNode participation, @Nullable String status) {
        String ecosystem = participation.path("ecosystem").asText();
        if (status != null && !"APPLIED".equals(status)) {
            return; // active, suspended, left or rejected: the coordinator's decision stands
        }
        if (status == null) {
            URI url = membership.resolve("/api/ecosystems/" + ecosystem + "/applications");
            int answered = http.status("POST", url, application(organisation, participation), coordinatorToken.get());
            if (answered != 202) {
                throw new DemoDataException("POST " + url + " answered " + answered + " (expected 202) for "
                        + organisation.path("name").asText());
            }
        }
        ObjectNode approval = mapper.createObjectNode().put("ring", participation.path("ring").asText());
        approval.set("roles", participation.path("roles").isArray() ? participation.path("roles").deepCopy()
                : mapper.createArrayNode());
        URI url = membership.resolve("/api/ecosystems/" + ecosystem + "/participations/" + organisationId + "/approve");
        if (http.postRepeatable(url, approval, coordinatorToken.get(), CONFLICT).isEmpty()) {
            log.warn("Demo participation of {} in {} not approved: 409", organisation.path("name").asText(), ecosystem);
        }
    }

    /** The public application of a registered organisation (matched by its business id; its record is not touched). */
    private ObjectNode application(JsonNode organisation, JsonNode participation) {
        ObjectNode body = mapper.createObjectNode();
        for (String field : List.of("name", "businessId", "type", "regions", "competenceAreasOffered",
                "competenceAreasOfInterest", "contactEmail")) {
            body.set(field, organisation.path(field).deepCopy());
        }
        body.putObject("contactPerson").put("name", "Demo-yhteyshenkilö").put("email", organisation.path("contactEmail").asText())
                .put("language", "fi").put("listed", false);
        body.put("requestedRing", participation.path("ring").asText())
                .put("motivation", "Demo data: " + organisation.path("name").asText() + " takes part in the ecosystem.");
        return body;
    }

    private static ObjectNode body(JsonNode organisation, @Nullable String ecosystemId) {
        ObjectNode body = (ObjectNode) organisation.deepCopy();
        body.remove(List.of("ref", "participations"));
        if (ecosystemId != null) {
            body.put("ecosystemId", ecosystemId);
        }
        return body;
    }

    private JsonNode organisation(String ref) {
        for (JsonNode organisation : root.path("organisations")) {
            if (organisation.path("ref").asText().equals(ref)) {
                return organisation;
            }
        }
        throw new IllegalStateException(DemoData.RESOURCE + " refers to an unknown organisation " + ref);
    }
}
