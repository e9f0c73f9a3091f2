package fi.osaava.localstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.PersonLogin;
import fi.osaava.localstack.Service;
import fi.osaava.localstack.StackCredentials;
import fi.osaava.localstack.Tokens;

/**
 * The demo data set ({@value #RESOURCE}) and its loader. Loads only when membership-service has no
 * organisation yet, so restarts on the same data dir do not duplicate anything. The services demand
 * OAuth2 tokens: the loader registers the organisations as the coordinator, gives every demo
 * organisation a system client (secrets in {@code <dataDir>/credentials.json}), creates the demo people
 * (logging each in once to replace the initial password, which works only 7 days, with one kept in
 * {@code credentials.json}) and posts each offering and need with a token of its own organisation; the
 * needs' endorsements, answers and priorities follow ({@link DemoNeeds}); the ecosystems, passive members, annual clock
 * and meeting come with {@link DemoMembership}.
 *
 * <pre>{@code
 * DemoData demo = DemoData.fromClasspath();
 * DemoIds ids = demo.loadIfEmpty(stack);
 * ObjectNode need = demo.headlineNeedRequest(ids); // POST it to /api/needs?publish=true with the reporter's token:
 * String token = Tokens.clientCredentials(stack.serviceUrl(Service.MEMBERSHIP),
 *         ids.clientCredentials(demo.headlineReporter()).orElseThrow());
 * }</pre>
 */
public final class DemoData {

    public static final String RESOURCE = "demo/demo-data.json";
    /**
     * The coordinator's own organisation id ({@code osaava.identity.coordinator.organisation-id}'s default):
     * a person's {@code organisation} in the data set and in {@code credentials.json}, and their token's {@code org}.
     */
    public static final String COORDINATOR_ORGANISATION = "coordinator";
    private static final Duration RECIPIENTS_WAIT = Duration.ofSeconds(60);
    private static final Set<String> EDUCATION_PROVIDERS = Set.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Where the services answer, and the mail sink's API (passive members' confirmation mails). */
    public record Endpoints(URI membership, URI catalogue, URI needs, URI notification, URI mailApi) {

        public static Endpoints of(LocalStack stack) {
            return new Endpoints(stack.serviceUrl(Service.MEMBERSHIP), stack.serviceUrl(Service.CATALOGUE),
                    stack.serviceUrl(Service.NEEDS), stack.serviceUrl(Service.NOTIFICATION), stack.mailApiUrl());
        }
    }

    /** A new person's first login: replaces the initial password and returns the new one. */
    @FunctionalInterface
    interface FirstLogin {
        String replaceInitialPassword(URI membership, String username, String initialPassword);
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode root;
    private final Map<String, JsonNode> organisationsByRef = new LinkedHashMap<>();
    private final FirstLogin firstLogin;

    private DemoData(JsonNode root) {
        this(root, DemoData::replaceInitialPassword);
    }

    private DemoData(JsonNode root, FirstLogin firstLogin) {
        this.root = root;
        this.firstLogin = firstLogin;
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

    /** The same data loaded with another first login (tests without a real login form). */
    DemoData withFirstLogin(FirstLogin login) {
        return new DemoData(root, login);
    }

    /** Logs the person in with the initial password and replaces it with a freshly generated one. */
    private static String replaceInitialPassword(URI membership, String username, String initialPassword) {
        PersonLogin login = new PersonLogin(membership);
        String token = login.accessToken(username, initialPassword);
        String password = StackCredentials.generateSecret();
        login.changePassword(token, initialPassword, password);
        return password;
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

    public int thesisTopicCount() {
        return root.path("thesisTopics").size();
    }

    public int networkCount() {
        return root.path("networks").size();
    }

    public int preRegistrationCount() {
        return root.path("preRegistrations").size();
    }

    public int peopleCount() {
        return root.path("people").size();
    }

    /**
     * {@link #loadIfEmpty(Endpoints, Path, Path)} with the stack's URLs, {@code <dataDir>/demo-ids.json}
     * and {@code <dataDir>/credentials.json}.
     */
    public DemoIds loadIfEmpty(LocalStack stack) {
        return loadIfEmpty(Endpoints.of(stack), stack.settings().demoIdsFile(), stack.settings().credentialsFile());
    }

    /** {@link #loadIfEmpty(Endpoints, Path, Path)} with the {@code credentials.json} beside {@code idsFile}. */
    public DemoIds loadIfEmpty(Endpoints endpoints, Path idsFile) {
        return loadIfEmpty(endpoints, idsFile, idsFile.toAbsolutePath().resolveSibling(StackCredentials.FILE_NAME));
    }

    /**
     * Posts the organisations (as the coordinator), a system client for each of them, and the
     * offerings and needs (each with a token of its own organisation) when membership-service lists
     * no organisation; otherwise returns the ids from {@code idsFile} (organisations always as
     * membership-service lists them). The organisations' client secrets go into {@code credentialsFile},
     * which must already hold the coordinator's (the stack writes it at start).
     *
     * @throws DemoDataException with the request, status and body when a service does not answer as expected
     */
    public DemoIds loadIfEmpty(Endpoints endpoints, Path idsFile, Path credentialsFile) {
        StackCredentials stored = readCredentials(credentialsFile);
        Loader loader = new Loader(endpoints, credentialsFile,
                stored.withTokenEndpoint(Tokens.tokenEndpoint(endpoints.membership())));
        URI organisationsUrl = endpoints.membership().resolve("/api/organisations");
        // the coordinator sees the full records; anonymous callers get a public view
        JsonNode existing = loader.http.get(organisationsUrl, loader.coordinatorToken());
        if (!existing.isArray()) {
            throw new DemoDataException("GET " + organisationsUrl + " did not answer with a JSON array: " + existing);
        }
        if (existing.isEmpty()) {
            return loader.load(idsFile);
        }
        Map<String, String> organisations = new LinkedHashMap<>();
        for (JsonNode organisation : existing) {
            organisations.putIfAbsent(organisation.path("name").asText(), organisation.path("id").asText());
        }
        loader.createMissingClients(organisations);
        loader.saveCredentialsIfChanged(stored);
        DemoMembership membership = loader.demoMembership();
        membership.completeEcosystems(existing);
        loader.createPeople(organisations, true);
        Optional<DemoIds> storedIds = DemoIds.read(idsFile, mapper, loader.credentials);
        Map<String, String> offerings = storedIds.map(DemoIds::offerings).orElse(Map.of());
        Map<String, String> needs = new LinkedHashMap<>(storedIds.map(DemoIds::needs).orElse(Map.of()));
        // a data dir from before the catalogue's extras gets those it lacks; remembered or listed ones are left alone
        CatalogueExtras extras = new CatalogueExtras(storedIds.map(DemoIds::thesisTopics).orElse(Map.of()),
                storedIds.map(DemoIds::networks).orElse(Map.of()), storedIds.map(DemoIds::preRegistrations).orElse(Map.of()));
        CatalogueExtras before = extras.copy();
        Map<String, String> needsBefore = Map.copyOf(needs);
        try {
            loader.loadCatalogueExtras(organisations, offerings, extras, true);
            // likewise the demo needs and their endorsements, answers and priorities
            DemoNeeds demoNeeds = loader.demoNeeds();
            demoNeeds.postMissing(needs, organisations, true);
            demoNeeds.participate(needs, organisations);
            loader.completeGovernance(membership, organisations);
        } finally {
            if (!extras.equals(before) || !needs.equals(needsBefore)) {
                extras.ids(false, organisations, offerings, needs, loader.credentials).write(idsFile, mapper);
            }
        }
        DemoIds ids = extras.ids(false, organisations, offerings, needs, loader.credentials);
        log.info("Demo data already present ({} organisations); not loading it again", existing.size());
        return ids;
    }

    private static StackCredentials readCredentials(Path credentialsFile) {
        Optional<StackCredentials> stored;
        try {
            stored = StackCredentials.read(credentialsFile);
        } catch (UncheckedIOException e) {
            throw new DemoDataException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
        return stored.orElseThrow(() -> new DemoDataException("no " + credentialsFile + " with the coordinator's client"
                + " secret: the local stack writes it when it starts the services (LocalStack.start())"));
    }

    /** The ids of the thesis topics (by title), networks (by name) and pre-registrations as they are posted. */
    private static final class CatalogueExtras {
        final Map<String, String> thesisTopics;
        final Map<String, String> networks;
        final Map<String, String> preRegistrations;

        CatalogueExtras(Map<String, String> thesisTopics, Map<String, String> networks, Map<String, String> preRegistrations) {
            this.thesisTopics = new LinkedHashMap<>(thesisTopics);
            this.networks = new LinkedHashMap<>(networks);
            this.preRegistrations = new LinkedHashMap<>(preRegistrations);
        }

        CatalogueExtras copy() {
            return new CatalogueExtras(thesisTopics, networks, preRegistrations);
        }

        DemoIds ids(boolean loadedNow, Map<String, String> organisations, Map<String, String> offerings,
                    Map<String, String> needs, StackCredentials credentials) {
            return new DemoIds(loadedNow, organisations, offerings, needs, thesisTopics, networks, preRegistrations, credentials);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CatalogueExtras o && thesisTopics.equals(o.thesisTopics) && networks.equals(o.networks)
                    && preRegistrations.equals(o.preRegistrations);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(thesisTopics, networks, preRegistrations);
        }
    }

    /** One loading run: the HTTP client, the token cache and the credentials as they grow. */
    private final class Loader {
        final Endpoints endpoints;
        final Path credentialsFile;
        final JsonHttp http = new JsonHttp(mapper);
        final Tokens tokens;
        StackCredentials credentials;

        Loader(Endpoints endpoints, Path credentialsFile, StackCredentials credentials) {
            this.endpoints = endpoints;
            this.credentialsFile = credentialsFile;
            this.credentials = credentials;
            this.tokens = new Tokens(endpoints.membership());
        }

        String coordinatorToken() {
            return token("the coordinator", credentials.coordinator());
        }

        DemoNeeds demoNeeds() {
            return new DemoNeeds(root.path("needs"), http, mapper, endpoints.needs(), DemoData.this::nameOf, this::tokenOf,
                    this::coordinatorToken);
        }

        DemoMembership demoMembership() {
            return new DemoMembership(root, http, mapper, endpoints.membership(), endpoints.mailApi(), this::tokenOf,
                    this::coordinatorToken, Clock.systemUTC());
        }

        /** The passive members, the annual clock and the meeting, whatever of them is missing. */
        void completeGovernance(DemoMembership membership, Map<String, String> organisationIds) {
            Function<String, String> idOf = ref -> Optional.ofNullable(organisationIds.get(nameOf(ref))).orElseThrow(() ->
                    new DemoDataException("membership-service does not list " + nameOf(ref) + ": start over with --reset"));
            membership.joinPassiveMembers();
            membership.completeAnnualClock(idOf);
            membership.completeMeeting(idOf, DemoData.this::nameOf);
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

        DemoIds load(Path idsFile) {
            log.info("Loading demo data: {} organisations, {} offerings, {} needs, {} thesis topics, {} networks,"
                    + " {} pre-registrations", organisationCount(), offeringCount(), needCount(), thesisTopicCount(),
                    networkCount(), preRegistrationCount());
            Map<String, String> idByRef = new LinkedHashMap<>();
            Map<String, String> organisations = new LinkedHashMap<>();
            Map<String, String> offerings = new LinkedHashMap<>();
            Map<String, String> needs = new LinkedHashMap<>();
            CatalogueExtras extras = new CatalogueExtras(Map.of(), Map.of(), Map.of());
            // a fresh membership-service has none of the clients a previous data set had
            credentials = credentials.withOrganisations(Map.of()).withPeople(List.of());
            try {
                // the ecosystems are founded as their coordinator organisations are registered
                DemoMembership membership = demoMembership();
                membership.register((ref, id) -> {
                    idByRef.put(ref, id);
                    organisations.put(nameOf(ref), id);
                });
                for (Map.Entry<String, String> organisation : organisations.entrySet()) {
                    createClient(organisation.getKey(), organisation.getValue());
                }
                credentials.write(credentialsFile);
                createPeople(organisations, false);
                awaitRecipients(Set.copyOf(idByRef.values()));

                URI offeringsUrl = endpoints.catalogue().resolve("/api/offerings?publish=true");
                for (JsonNode offering : root.path("offerings")) {
                    ObjectNode body = offering.deepCopy();
                    String provider = nameOf(body.remove("provider").asText());
                    // the provider is the token's organisation
                    offerings.put(body.path("titles").path("fi").asText(), idOf(http.post(offeringsUrl, body, tokenOf(provider)), offeringsUrl));
                }

                // coverage follows asynchronously, when needs-service has read the offerings' events
                DemoNeeds demoNeeds = demoNeeds();
                demoNeeds.postMissing(needs, organisations, false);
                demoNeeds.participate(needs, organisations);

                loadCatalogueExtras(organisations, offerings, extras, false);
                completeGovernance(membership, organisations);
            } catch (DemoDataException e) {
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
            }
            DemoIds ids = extras.ids(true, organisations, offerings, needs, credentials);
            ids.write(idsFile, mapper);
            log.info("Demo data loaded; ids in {}, client secrets in {}", idsFile, credentialsFile);
            return ids;
        }

        /**
         * The thesis topics, networks and pre-registrations of the data set, each posted with a token of its
         * own organisation (roles SYSTEM and MEMBER). Those already in {@code extras} (remembered in
         * {@code demo-ids.json}) are skipped; with {@code checkCatalogue} so are topics and networks the
         * catalogue already lists for their organisation under the same title or name. A pre-registration
         * whose offering has no known id, or that catalogue-service refuses with 409 (e.g. its registration
         * deadline has passed), is left out with a warning: it must not stop the stack.
         */
        void loadCatalogueExtras(Map<String, String> organisations, Map<String, String> offerings,
                                 CatalogueExtras extras, boolean checkCatalogue) {
            URI topicsUrl = endpoints.catalogue().resolve("/api/thesis-topics");
            for (JsonNode topic : root.path("thesisTopics")) {
                ObjectNode body = topic.deepCopy();
                String owner = nameOf(body.remove("organisation").asText());
                String title = body.path("title").asText();
                if (extras.thesisTopics.containsKey(title)) {
                    continue;
                }
                String organisationId = organisations.get(owner);
                Optional<String> listed = checkCatalogue && organisationId != null
                        ? listedThesisTopic(organisationId, title, tokenOf(owner)) : Optional.empty();
                extras.thesisTopics.put(title, listed.isPresent() ? listed.get()
                        : idOf(http.post(topicsUrl, body, tokenOf(owner)), topicsUrl));
            }
            URI networksUrl = endpoints.catalogue().resolve("/api/networks");
            for (JsonNode network : root.path("networks")) {
                ObjectNode body = network.deepCopy();
                String host = nameOf(body.remove("organisation").asText());
                String name = body.path("name").asText();
                if (extras.networks.containsKey(name)) {
                    continue;
                }
                String organisationId = organisations.get(host);
                Optional<String> listed = checkCatalogue && organisationId != null
                        ? listedNetwork(organisationId, name, tokenOf(host)) : Optional.empty();
                extras.networks.put(name, listed.isPresent() ? listed.get()
                        : idOf(http.post(networksUrl, body, tokenOf(host)), networksUrl));
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
                URI url = endpoints.catalogue().resolve("/api/offerings/" + offeringId + "/pre-registrations");
                // the same request again answers 200 with the same pre-registration: nothing is booked twice
                Optional<JsonNode> made = http.postRepeatable(url, mapper.createObjectNode()
                        .put("seats", preRegistration.path("seats").asInt()), token, 409);
                if (made.isEmpty()) {
                    log.warn("Demo pre-registration {} left out: {} answered 409 (deadline passed, or other seats held)", key, url);
                    continue;
                }
                if (preRegistration.path("commit").asBoolean()) {
                    URI commitUrl = endpoints.catalogue().resolve("/api/offerings/" + offeringId + "/pre-registrations/mine/commit");
                    if (http.postRepeatable(commitUrl, null, token, 409).isEmpty()) {
                        log.warn("Demo pre-registration {} not committed: {} answered 409", key, commitUrl);
                    }
                }
                extras.preRegistrations.put(key, idOf(made.get(), url));
            }
        }

        /** The id of the organisation's thesis topic with this title, in any status. */
        private Optional<String> listedThesisTopic(String organisationId, String title, String token) {
            for (String status : List.of("OPEN", "TAKEN", "CLOSED")) {
                URI url = endpoints.catalogue().resolve("/api/thesis-topics?organisationId=" + organisationId
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
            URI url = endpoints.catalogue().resolve("/api/networks?includeClosed=true&order=newest&size=100");
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
                String name = COORDINATOR_ORGANISATION.equals(ref) ? COORDINATOR_ORGANISATION : nameOf(ref);
                String organisationId = COORDINATOR_ORGANISATION.equals(ref) ? COORDINATOR_ORGANISATION
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
                    password = firstLogin.replaceInitialPassword(endpoints.membership(), username, initial);
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
                created.fieldNames().forEachRemaining(fields::add);
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

    // ---- the headline scenario: a new medication-safety need in Pohjois-Savo

    /**
     * Body for {@code POST /api/needs?publish=true}: Pohjois-Savon hyvinvointialue's new medication-safety
     * need. It names no reporting organisation: post it with a token of {@link #headlineReporter()}
     * ({@code ids.clientCredentials(demo.headlineReporter())}).
     *
     * @throws DemoDataException when membership-service does not list the reporting organisation
     */
    public ObjectNode headlineNeedRequest(DemoIds ids) {
        JsonNode need = root.path("headline").path("need");
        String name = headlineReporter();
        ids.organisationId(name).orElseThrow(() -> new DemoDataException(
                "no id for " + name + " (membership-service does not list it): start over with --reset"));
        return needRequest(need);
    }

    /** The organisation that reports the headline need: {@code Pohjois-Savon hyvinvointialue}. */
    public String headlineReporter() {
        return nameOf(root.path("headline").path("need").path("reportingOrganisation").asText());
    }

    /**
     * Ready-to-paste shell lines that publish {@link #headlineNeedRequest}: one that gets a token of
     * {@link #headlineReporter()} into {@code $TOKEN} (client from {@code ids}' credentials), and the
     * curl that posts the need with it.
     */
    public String headlineNeedCurl(DemoIds ids, URI needsServiceUrl, Path credentialsFile) {
        String json = new JsonHttp(mapper).write(headlineNeedRequest(ids)).replace("'", "'\\''");
        return tokenCommand(ids, "TOKEN", headlineReporter(), credentialsFile) + "\n"
                + "curl -sS -X POST '" + needsServiceUrl.resolve("/api/needs?publish=true") + "' \\\n"
                + "  -H \"Authorization: Bearer $TOKEN\" \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -d '" + json + "'";
    }

    /**
     * The one-line shell command that puts an access token of the organisation's system client into
     * {@code variable} ({@link Tokens#shellCommand}).
     *
     * @throws DemoDataException when {@code ids} hold no client for it
     */
    public static String tokenCommand(DemoIds ids, String variable, String organisationName, Path credentialsFile) {
        ids.clientCredentials(organisationName).orElseThrow(() -> new DemoDataException(
                "no client for " + organisationName + " in credentials.json: start over with --reset"));
        tokenEndpoint(ids.credentials()); // the script asks the endpoint credentials.json names: it must name one
        return Tokens.shellCommand(variable, credentialsFile, organisationName);
    }

    /** The one-line shell command that puts an access token of the coordinator into {@code variable}. */
    public static String coordinatorTokenCommand(StackCredentials credentials, String variable, Path credentialsFile) {
        tokenEndpoint(credentials); // the script asks the endpoint credentials.json names: it must name one
        return Tokens.shellCommand(variable, credentialsFile, StackCredentials.COORDINATOR_CLIENT_ID);
    }

    private static URI tokenEndpoint(StackCredentials credentials) {
        return credentials.tokenEndpoint().orElseThrow(() -> new DemoDataException(
                "credentials.json names no token endpoint: start the stack again"));
    }

    /** The first education provider the headline need alerts: {@code Savonia-ammattikorkeakoulu}. */
    public String headlineAlertedProvider() {
        for (JsonNode ref : root.path("headline").path("alerted")) {
            JsonNode organisation = organisationsByRef.get(ref.asText());
            if (organisation != null && EDUCATION_PROVIDERS.contains(organisation.path("type").asText())) {
                return organisation.path("name").asText();
            }
        }
        throw new IllegalStateException(RESOURCE + ": the headline need alerts no education provider");
    }

    /** Name and contact e-mail of the organisations the headline need should alert. */
    public Map<String, String> headlineAlerted() {
        return namesAndEmails(root.path("headline").path("alerted"));
    }

    /**
     * The reporter's name and contact e-mail: a moment after publishing, it gets a "need covered" mail
     * (a reverse alert), because a demo offering ({@link #headlineCoveredBy()}) already covers the need.
     */
    public Map.Entry<String, String> headlineReporterAlerted() {
        String ref = root.path("headline").path("need").path("reportingOrganisation").asText();
        return namesAndEmails(mapper.createArrayNode().add(ref)).entrySet().iterator().next();
    }

    /** The subject of the mail the {@link #headlineAlerted()} get (the recipients' language is Finnish). */
    public String headlineAlertSubject() {
        return "Uusi osaamistarve: " + root.path("headline").path("need").path("title").asText();
    }

    /** The subject of the mail the reporter gets when the demo offering covers the need. */
    public String headlineCoveredSubject() {
        return "Osaamistarpeeseen on tarjolla koulutusta: " + root.path("headline").path("need").path("title").asText();
    }

    /** The Finnish title of the demo offering that covers the headline need as soon as it is published. */
    public String headlineCoveredBy() {
        return headlineCoveringOffering().path("titles").path("fi").asText();
    }

    /** The provider of {@link #headlineCoveredBy()}. */
    public String headlineCoveringProvider() {
        return nameOf(headlineCoveringOffering().path("provider").asText());
    }

    private JsonNode headlineCoveringOffering() {
        String title = root.path("headline").path("coveredBy").asText();
        for (JsonNode offering : root.path("offerings")) {
            if (title.equals(offering.path("titles").path("fi").asText())) {
                return offering;
            }
        }
        throw new IllegalStateException(RESOURCE + ": headline.coveredBy names no demo offering: " + title);
    }

    /** Name and contact e-mail of the organisations the headline need must not alert. */
    public Map<String, String> headlineNotAlerted() {
        return namesAndEmails(root.path("headline").path("notAlerted"));
    }

    // ---- helpers

    /** A need of the data set as posted: the reporting organisation comes from the token, not from the body. */
    private static ObjectNode needRequest(JsonNode need) {
        return DemoNeeds.request(need);
    }

    private String nameOf(String ref) {
        JsonNode organisation = organisationsByRef.get(ref);
        if (organisation == null) {
            throw new IllegalStateException(RESOURCE + " refers to an unknown organisation " + ref);
        }
        return organisation.path("name").asText();
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

    static String idOf(JsonNode created, URI url) {
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
