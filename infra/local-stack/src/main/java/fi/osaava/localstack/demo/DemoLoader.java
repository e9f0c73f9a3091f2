package fi.osaava.localstack.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.PersonLogin;
import fi.osaava.localstack.StackCredentials;
import fi.osaava.localstack.Tokens;

/**
 * One loading run of the demo data, idempotent: every step looks up what is there and adds only what is missing,
 * so the same run loads a fresh stack and completes a data dir from an older data set or a load that failed
 * half-way. Only what cannot be found again is done once: the organisations are registered (and the offerings
 * published) when membership-service lists no organisation at all; a fresh membership-service has none of the
 * clients or people of an earlier one.
 */
final class DemoLoader {

    private static final Duration RECIPIENTS_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoData data;
    private final JsonNode root;
    private final ObjectMapper mapper;
    private final DemoData.Endpoints endpoints;
    private final Path credentialsFile;
    private final JsonHttp http;
    private final Tokens tokens;
    private StackCredentials credentials;

    DemoLoader(DemoData data, ObjectMapper mapper, DemoData.Endpoints endpoints, Path credentialsFile,
               StackCredentials credentials) {
        this.data = data;
        this.root = data.root();
        this.mapper = mapper;
        this.endpoints = endpoints;
        this.credentialsFile = credentialsFile;
        this.credentials = credentials;
        this.http = new JsonHttp(mapper);
        this.tokens = new Tokens(endpoints.membership());
    }

    /**
     * @param idsFile {@code demo-ids.json}: the ids of what was posted, read to find it again and written when it changed
     * @throws DemoDataException with the request, status and body when a service does not answer as expected
     */
    DemoIds run(Path idsFile) {
        URI organisationsUrl = endpoints.membership().resolve("/api/organisations");
        // the coordinator sees the full records; anonymous callers get a public view
        JsonNode listed = http.get(organisationsUrl, coordinatorToken());
        if (!listed.isArray()) {
            throw new DemoDataException("GET " + organisationsUrl + " did not answer with a JSON array: " + listed);
        }
        boolean fresh = listed.isEmpty();
        StackCredentials stored = credentials;
        Optional<DemoIds> storedIds = fresh ? Optional.empty() : DemoIds.read(idsFile, mapper, credentials);
        Map<String, String> organisations = new LinkedHashMap<>();
        Map<String, String> offerings = new LinkedHashMap<>(storedIds.map(DemoIds::offerings).orElse(Map.of()));
        Map<String, String> needs = new LinkedHashMap<>(storedIds.map(DemoIds::needs).orElse(Map.of()));
        CatalogueExtras extras = storedIds.map(CatalogueExtras::of).orElseGet(CatalogueExtras::none);
        CatalogueExtras extrasBefore = extras.copy();
        Map<String, String> needsBefore = Map.copyOf(needs);
        DemoMembership membership = demoMembership();
        if (fresh) {
            log.info("Loading demo data: {} organisations, {} offerings, {} needs, {} thesis topics, {} networks,"
                    + " {} pre-registrations", data.organisationCount(), data.offeringCount(), data.needCount(),
                    data.thesisTopicCount(), data.networkCount(), data.preRegistrationCount());
            // a fresh membership-service has none of the clients and people a previous data set had
            credentials = credentials.withOrganisations(Map.of()).withPeople(List.of());
        } else {
            listed.forEach(organisation ->
                    organisations.putIfAbsent(organisation.path("name").asText(), organisation.path("id").asText()));
        }
        try {
            if (fresh) {
                // the ecosystems are founded as their coordinator organisations are registered
                membership.register((ref, id) -> organisations.put(data.nameOf(ref), id));
            } else {
                membership.completeEcosystems(listed);
            }
            createMissingClients(organisations);
            saveCredentialsIfChanged(stored);
            createPeople(organisations, !fresh);
            DemoCatalogue catalogue = new DemoCatalogue(root, http, mapper, endpoints.catalogue(), data::nameOf,
                    this::tokenOf);
            if (fresh) {
                awaitRecipients(Set.copyOf(organisations.values()));
                // coverage follows asynchronously, when needs-service has read the offerings' events
                catalogue.postOfferings(offerings);
            }
            DemoNeeds demoNeeds = demoNeeds();
            demoNeeds.postMissing(needs, organisations, !fresh);
            demoNeeds.participate(needs, organisations);
            // a data dir from before the catalogue's extras gets those it lacks; remembered or listed ones are left alone
            catalogue.loadExtras(organisations, offerings, extras, !fresh);
            completeGovernance(organisations);
        } catch (DemoDataException e) {
            if (!fresh) {
                throw e;
            }
            extras.ids(true, organisations, offerings, needs, credentials).write(idsFile, mapper);
            credentials.write(credentialsFile);
            throw new DemoDataException("loading the demo data failed after " + organisations.size() + " organisations, "
                    + credentials.organisations().size() + " clients, " + credentials.people().size() + " people, "
                    + offerings.size() + " offerings, "
                    + needs.size() + " needs, " + extras.thesisTopics.size() + " thesis topics, "
                    + extras.networks.size() + " networks and " + extras.preRegistrations.size()
                    + " pre-registrations; " + e.getMessage()
                    + System.lineSeparator() + "(membership-service now has organisations, so a restart will not load"
                    + " the rest: start over with --reset)", e);
        } finally {
            if (!fresh && (!extras.equals(extrasBefore) || !needs.equals(needsBefore))) {
                extras.ids(false, organisations, offerings, needs, credentials).write(idsFile, mapper);
            }
        }
        DemoIds ids = extras.ids(fresh, organisations, offerings, needs, credentials);
        if (fresh) {
            ids.write(idsFile, mapper);
            log.info("Demo data loaded; ids in {}, client secrets in {}", idsFile, credentialsFile);
        } else {
            log.info("Demo data already present ({} organisations); not loading it again", listed.size());
        }
        return ids;
    }

    String coordinatorToken() {
        return token("the coordinator", credentials.coordinator());
    }

    DemoNeeds demoNeeds() {
        return new DemoNeeds(root.path("needs"), http, mapper, endpoints.needs(), data::nameOf, this::tokenOf,
                this::coordinatorToken);
    }

    DemoMembership demoMembership() {
        return new DemoMembership(root, http, mapper, endpoints.membership(), this::tokenOf, this::coordinatorToken);
    }

    /** The passive members, the annual clock and the meeting, whatever of them is missing. */
    void completeGovernance(Map<String, String> organisationIds) {
        Function<String, String> idOf = ref -> Optional.ofNullable(organisationIds.get(data.nameOf(ref))).orElseThrow(() ->
                new DemoDataException("membership-service does not list " + data.nameOf(ref) + ": start over with --reset"));
        new DemoPassiveMembers(root, http, mapper, endpoints.membership(), endpoints.mailApi(), this::coordinatorToken)
                .joinAll();
        DemoGovernance governance = new DemoGovernance(root, http, mapper, endpoints.membership(), this::tokenOf,
                this::coordinatorToken, Clock.systemUTC());
        governance.completeAnnualClock(idOf);
        governance.completeMeeting(idOf, data::nameOf);
    }

    String tokenOf(String organisationName) {
        ClientCredentials client = credentials.organisation(organisationName).orElseThrow(() -> new DemoDataException(
                "no client for " + organisationName + " in " + credentialsFile + ": start over with --reset"));
        return token(organisationName, client);
    }

    private String token(String who, ClientCredentials client) {
        try {
            return tokens.tokenFor(client);
        } catch (Tokens.TokenRequestException e) {
            String hint = e.status() == 401 || e.status() == 400
                    ? System.lineSeparator() + "(the secret in " + credentialsFile + " is not the one membership-service"
                            + " knows for " + client.clientId() + ": start over with --reset)"
                    : "";
            throw new DemoDataException("could not get a token for " + who + ": " + e.getMessage() + hint, e);
        }
    }

    /**
     * Demo organisations that membership-service lists but that have no client in the credentials
     * (e.g. a load that failed half-way) get one now, so a person can act as any of them.
     */
    void createMissingClients(Map<String, String> listed) {
        for (JsonNode organisation : root.path("organisations")) {
            String name = organisation.path("name").asText();
            String id = listed.get(name);
            if (id != null && credentials.organisation(name).isEmpty()) {
                createClient(name, id);
            }
        }
    }

    /**
     * {@code POST /api/organisations/{id}/users} as the coordinator for every demo person not yet in the
     * credentials, then their first login, which replaces the initial password (it works only 7 days)
     * with a generated one; the credentials are saved after each person, whose password is then
     * nowhere else. On a later start ({@code tolerateExisting}) a person membership-service already has
     * but the credentials lack is left out with a warning: their password cannot be recovered.
     */
    void createPeople(Map<String, String> organisationIds, boolean tolerateExisting) {
        for (JsonNode person : root.path("people")) {
            String email = person.path("email").asText();
            if (credentials.person(email).isPresent()) {
                continue;
            }
            String ref = person.path("organisation").asText();
            String name = DemoData.COORDINATOR_ORGANISATION.equals(ref) ? DemoData.COORDINATOR_ORGANISATION : data.nameOf(ref);
            String organisationId = DemoData.COORDINATOR_ORGANISATION.equals(ref) ? DemoData.COORDINATOR_ORGANISATION
                    : organisationIds.get(name);
            if (organisationId == null) {
                log.warn("Demo person {} not created: membership-service does not list {}", email, name);
                continue;
            }
            URI usersUrl = endpoints.membership().resolve("/api/organisations/" + organisationId + "/users");
            ObjectNode body = mapper.createObjectNode().put("email", email);
            body.set("roles", person.path("roles").deepCopy());
            Optional<JsonNode> created = http.postUnless(usersUrl, body, coordinatorToken(),
                    tolerateExisting ? 409 : -1);
            if (created.isEmpty()) {
                log.warn("Demo person {} exists in membership-service but {} has no password for them;"
                        + " start over with --reset to get one", email, credentialsFile);
                continue;
            }
            String username = created.get().path("username").asText(email);
            String initial = created.get().path("initialPassword").asText();
            String password;
            try {
                password = data.firstLogin.replaceInitialPassword(endpoints.membership(), username, initial);
            } catch (PersonLogin.LoginException e) {
                throw new DemoDataException("the first login of demo person " + username + " failed: " + e.getMessage(), e);
            }
            List<String> roles = new ArrayList<>();
            person.path("roles").forEach(role -> roles.add(role.asText()));
            credentials = credentials.withPerson(new PersonCredentials(username, password, name, roles));
            credentials.write(credentialsFile);
        }
    }

    void saveCredentialsIfChanged(StackCredentials stored) {
        if (!credentials.equals(stored)) {
            credentials.write(credentialsFile);
        }
    }

    /** {@code POST /api/organisations/{id}/clients} as the coordinator; the secret is shown only in this answer. */
    private void createClient(String name, String organisationId) {
        URI clientsUrl = endpoints.membership().resolve("/api/organisations/" + organisationId + "/clients");
        JsonNode created = http.post(clientsUrl, mapper.createObjectNode(), coordinatorToken());
        JsonNode clientId = created.path("clientId");
        JsonNode secret = created.path("clientSecret");
        if (!clientId.isTextual() || clientId.asText().isBlank() || !secret.isTextual() || secret.asText().isBlank()) {
            List<String> fields = new ArrayList<>();
            fields.addAll(created.propertyNames());
            throw new DemoDataException("POST " + clientsUrl + " answered 201 without a \"clientId\" and a"
                    + " \"clientSecret\" (fields: " + fields + ")");
        }
        credentials = credentials.withOrganisation(name, new ClientCredentials(clientId.asText(), secret.asText()));
    }

    /**
     * notification-service learns organisations from Kafka: the demo needs alert someone only once it
     * knows them. Best effort: if the endpoint is not there, do not wait.
     */
    private void awaitRecipients(Set<String> organisationIds) {
        URI recipientsUrl = endpoints.notification().resolve("/api/recipients");
        long deadline = System.nanoTime() + RECIPIENTS_WAIT.toNanos();
        while (true) {
            Optional<JsonNode> recipients = http.tryGet(recipientsUrl, coordinatorToken());
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
}
