package fi.osaava.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth2 client secrets of one data dir, kept in {@code <dataDir>/credentials.json} (owner-only
 * permissions where the file system has them): the bootstrap coordinator client and the portal's client,
 * generated at the first start of the data dir and passed to membership-service on every start, and the system
 * client of every demo organisation, by organisation name, created by the demo loader, and the demo
 * people (username, their own password, organisation name, roles), whom the loader created and logged in
 * once to replace the initial password, which works only 7 days. Nothing here
 * is ever committed: {@code .osaava-data/} is ignored, and {@code --reset} deletes the file.
 *
 * <pre>{@code
 * {
 *   "tokenEndpoint": "http://localhost:8081/oauth2/token",
 *   "coordinator": {"clientId": "coordinator", "clientSecret": "..."},
 *   "portal": {"clientId": "osaava-portal", "clientSecret": "..."},
 *   "organisations": {"Savonia-ammattikorkeakoulu": {"clientId": "...", "clientSecret": "..."}, ...},
 *   "people": [{"username": "...@demo.osaava.fi", "password": "...", "organisation": "...", "roles": ["MEMBER"]}, ...]
 * }
 * }</pre>
 *
 * A file without {@code people} (written before there were any) reads as one with none; one without
 * {@code portal} as one without a portal client, which {@link #readOrCreate} then generates.
 * Instances are immutable; the {@code with…} methods return changed copies, {@link #write(Path)} saves one.
 */
public final class StackCredentials {

    public static final String FILE_NAME = "credentials.json";
    public static final String COORDINATOR_CLIENT_ID = "coordinator";
    /** membership-service's default {@code osaava.identity.portal-client.client-id}. */
    public static final String PORTAL_CLIENT_ID = "osaava-portal";
    private static final int SECRET_BYTES = 32;
    private static final String ABOUT = "OAuth2 client secrets and demo people's passwords of this local stack, generated at"
            + " its first start; never commit or share them. A client's token: curl -s -u <clientId>:<clientSecret>"
            + " -d grant_type=client_credentials <tokenEndpoint>; a person's: OSAAVA_PASSWORD='<password>'"
            + " infra/local-stack/person-token.sh <username> <membership URL>";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final @Nullable URI tokenEndpoint;
    private final ClientCredentials coordinator;
    private final @Nullable ClientCredentials portal;
    private final Map<String, ClientCredentials> organisations;
    private final List<PersonCredentials> people;

    public StackCredentials(@Nullable URI tokenEndpoint, ClientCredentials coordinator,
                            Map<String, ClientCredentials> organisations) {
        this(tokenEndpoint, coordinator, organisations, List.of());
    }

    public StackCredentials(@Nullable URI tokenEndpoint, ClientCredentials coordinator,
                            Map<String, ClientCredentials> organisations, List<PersonCredentials> people) {
        this(tokenEndpoint, coordinator, null, organisations, people);
    }

    public StackCredentials(@Nullable URI tokenEndpoint, ClientCredentials coordinator,
                            @Nullable ClientCredentials portal, Map<String, ClientCredentials> organisations,
                            List<PersonCredentials> people) {
        this.tokenEndpoint = tokenEndpoint;
        this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
        this.portal = portal;
        this.organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
        this.people = List.copyOf(people);
    }

    /**
     * The credentials in {@code file}, or new ones with freshly generated coordinator and portal secrets when
     * there is no file yet (then written to it). The token endpoint is updated, and a portal secret generated
     * into a file from before there was one (and the file rewritten), when needed.
     *
     * @throws UncheckedIOException when the file exists but cannot be read or is not what this class writes
     */
    public static StackCredentials readOrCreate(Path file, URI tokenEndpoint) {
        Optional<StackCredentials> stored = read(file);
        StackCredentials credentials = stored.orElseGet(() ->
                new StackCredentials(tokenEndpoint, new ClientCredentials(COORDINATOR_CLIENT_ID, generateSecret()), Map.of()));
        if (stored.isEmpty() || !tokenEndpoint.equals(credentials.tokenEndpoint) || credentials.portal == null) {
            credentials = new StackCredentials(tokenEndpoint, credentials.coordinator, credentials.portal == null
                    ? new ClientCredentials(PORTAL_CLIENT_ID, generateSecret()) : credentials.portal,
                    credentials.organisations, credentials.people);
            credentials.write(file);
        } else {
            restrictToOwner(file);
        }
        return credentials;
    }

    /**
     * The credentials in {@code file}; empty when there is no such file.
     *
     * @throws UncheckedIOException when the file exists but cannot be read or is not what this class writes
     */
    public static Optional<StackCredentials> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode coordinator = root == null ? null : root.get("coordinator");
            if (coordinator == null || !coordinator.isObject()) {
                throw new IOException("no \"coordinator\" object");
            }
            Map<String, ClientCredentials> organisations = new LinkedHashMap<>();
            JsonNode byName = root.path("organisations");
            for (Map.Entry<String, JsonNode> entry : byName.properties()) {
                organisations.put(entry.getKey(), client(entry.getValue(), "organisations." + entry.getKey()));
            }
            List<PersonCredentials> people = new ArrayList<>();
            JsonNode stored = root.path("people");
            for (int i = 0; i < stored.size(); i++) {
                people.add(person(stored.get(i), "people[" + i + "]"));
            }
            JsonNode endpoint = root.path("tokenEndpoint");
            JsonNode portal = root.get("portal");
            return Optional.of(new StackCredentials(endpoint.isTextual() ? URI.create(endpoint.asText()) : null,
                    client(coordinator, "coordinator"), portal == null ? null : client(portal, "portal"), organisations,
                    people));
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException(file + " is not readable as the local stack's credentials ("
                    + e.getMessage() + "): fix it, or start over with ./run-local.sh --reset", e));
        }
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    public static String generateSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** membership-service's token endpoint these clients get tokens from, e.g. {@code http://localhost:8081/oauth2/token}. */
    public Optional<URI> tokenEndpoint() {
        return Optional.ofNullable(tokenEndpoint);
    }

    /** The bootstrap client with the role COORDINATOR. */
    public ClientCredentials coordinator() {
        return coordinator;
    }

    /**
     * The portal's confidential client (OpenID Connect), which membership-service gets at start and the portal signs
     * people in with; empty only in a file from before there was one, read without {@link #readOrCreate}.
     */
    public Optional<ClientCredentials> portal() {
        return Optional.ofNullable(portal);
    }

    /** The system client of an organisation (roles SYSTEM and MEMBER), by the organisation's name. */
    public Optional<ClientCredentials> organisation(String name) {
        return Optional.ofNullable(organisations.get(name));
    }

    /** Every organisation's system client, by organisation name, in the order they were created. */
    public Map<String, ClientCredentials> organisations() {
        return organisations;
    }

    /** The demo people, in the order they were created. */
    public List<PersonCredentials> people() {
        return people;
    }

    /** A demo person by username (the e-mail address, case-insensitive). */
    public Optional<PersonCredentials> person(String username) {
        return people.stream().filter(p -> p.username().equalsIgnoreCase(username)).findFirst();
    }

    public StackCredentials withTokenEndpoint(URI endpoint) {
        return new StackCredentials(endpoint, coordinator, portal, organisations, people);
    }

    /** A copy that has these organisation clients instead of the ones it had. */
    public StackCredentials withOrganisations(Map<String, ClientCredentials> clients) {
        return new StackCredentials(tokenEndpoint, coordinator, portal, clients, people);
    }

    /** A copy with one more (or a replaced) organisation client. */
    public StackCredentials withOrganisation(String name, ClientCredentials client) {
        Map<String, ClientCredentials> clients = new LinkedHashMap<>(organisations);
        clients.put(name, client);
        return new StackCredentials(tokenEndpoint, coordinator, portal, clients, people);
    }

    /** A copy that has these people instead of the ones it had. */
    public StackCredentials withPeople(List<PersonCredentials> persons) {
        return new StackCredentials(tokenEndpoint, coordinator, portal, organisations, persons);
    }

    /** A copy with one more person, or with the one of the same username replaced in its place. */
    public StackCredentials withPerson(PersonCredentials person) {
        List<PersonCredentials> persons = new ArrayList<>(people);
        int index = -1;
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i).username().equalsIgnoreCase(person.username())) {
                index = i;
            }
        }
        if (index >= 0) {
            persons.set(index, person);
        } else {
            persons.add(person);
        }
        return new StackCredentials(tokenEndpoint, coordinator, portal, organisations, persons);
    }

    /** Writes the file atomically, readable and writable by its owner only where the file system allows. */
    public void write(Path file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("about", ABOUT);
        if (tokenEndpoint != null) {
            root.put("tokenEndpoint", tokenEndpoint.toString());
        }
        root.set("coordinator", json(coordinator));
        if (portal != null) {
            root.set("portal", json(portal));
        }
        ObjectNode byName = root.putObject("organisations");
        organisations.forEach((name, client) -> byName.set(name, json(client)));
        ArrayNode persons = root.putArray("people");
        people.forEach(person -> persons.add(json(person)));
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(temp);
            if (posix()) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temp);
                restrictToOwner(temp);
            }
            Files.writeString(temp, MAPPER.writeValueAsString(root) + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Never shows a secret. */
    @Override
    public String toString() {
        return "StackCredentials[tokenEndpoint=" + tokenEndpoint + ", coordinator=" + coordinator.clientId()
                + ", portal=" + (portal == null ? null : portal.clientId()) + ", organisations=" + organisations.keySet()
                + ", people="
                + people.stream().map(PersonCredentials::username).toList() + "]";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StackCredentials that && Objects.equals(tokenEndpoint, that.tokenEndpoint)
                && coordinator.equals(that.coordinator) && Objects.equals(portal, that.portal)
                && organisations.equals(that.organisations)
                && people.equals(that.people);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokenEndpoint, coordinator, portal, organisations, people);
    }

    // ---- helpers

    private static ClientCredentials client(JsonNode node, String where) throws IOException {
        JsonNode id = node.path("clientId");
        JsonNode secret = node.path("clientSecret");
        if (!id.isTextual() || !secret.isTextual() || id.asText().isBlank() || secret.asText().isBlank()) {
            throw new IOException(where + " needs a \"clientId\" and a \"clientSecret\"");
        }
        return new ClientCredentials(id.asText(), secret.asText());
    }

    private static PersonCredentials person(JsonNode node, String where) throws IOException {
        List<String> roles = new ArrayList<>();
        node.path("roles").forEach(role -> roles.add(role.asText()));
        for (String field : List.of("username", "password", "organisation")) {
            if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                throw new IOException(where + " needs a \"username\", a \"password\" and an \"organisation\"");
            }
        }
        return new PersonCredentials(node.path("username").asText(), node.path("password").asText(),
                node.path("organisation").asText(), roles);
    }

    private static ObjectNode json(PersonCredentials person) {
        ObjectNode node = MAPPER.createObjectNode().put("username", person.username()).put("password", person.password())
                .put("organisation", person.organisation());
        ArrayNode roles = node.putArray("roles");
        person.roles().forEach(roles::add);
        return node;
    }

    private static ObjectNode json(ClientCredentials client) {
        return MAPPER.createObjectNode().put("clientId", client.clientId()).put("clientSecret", client.clientSecret());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Best effort: owner read/write only (POSIX), or as close as java.io.File gets elsewhere. */
    private static void restrictToOwner(Path file) {
        try {
            if (posix()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            } else {
                java.io.File f = file.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not every file system has permissions; the file is still in the ignored data dir
        }
    }
}
