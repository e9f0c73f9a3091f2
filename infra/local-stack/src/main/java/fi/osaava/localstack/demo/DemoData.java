package fi.osaava.localstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import fi.osaava.localstack.LocalStack;
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
    final FirstLogin firstLogin;

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

    /** The data set itself, for the loader (not a copy: not to be changed). */
    JsonNode root() {
        return root;
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
        return new DemoLoader(this, mapper, endpoints, credentialsFile,
                stored.withTokenEndpoint(Tokens.tokenEndpoint(endpoints.membership()))).run(idsFile);
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

    String nameOf(String ref) {
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
