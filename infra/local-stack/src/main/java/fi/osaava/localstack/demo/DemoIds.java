package fi.osaava.localstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.StackCredentials;

/**
 * The ids the services gave the demo data, by name: organisations by name, offerings, needs and thesis topics
 * by title, networks by name, pre-registrations by {@link #preRegistrationKey(String, String)}.
 * Kept in {@code <dataDir>/demo-ids.json} so a later start can print the same commands. The OAuth2
 * clients to act as the coordinator or as any demo organisation are in {@link #credentials()}, kept
 * apart in {@code <dataDir>/credentials.json} because they are secrets.
 *
 * <pre>{@code
 * ClientCredentials savonia = ids.clientCredentials("Savonia-ammattikorkeakoulu").orElseThrow();
 * String token = Tokens.clientCredentials(stack.serviceUrl(Service.MEMBERSHIP), savonia);
 * }</pre>
 *
 * @param loadedNow   true when this start created the demo data, false when it was already there
 * @param credentials the coordinator's client and every demo organisation's system client, by organisation name
 */
public record DemoIds(boolean loadedNow, Map<String, String> organisations, Map<String, String> offerings,
                      Map<String, String> needs, Map<String, String> thesisTopics, Map<String, String> networks,
                      Map<String, String> preRegistrations, StackCredentials credentials) {

    public DemoIds {
        organisations = copy(organisations);
        offerings = copy(offerings);
        needs = copy(needs);
        thesisTopics = copy(thesisTopics);
        networks = copy(networks);
        preRegistrations = copy(preRegistrations);
        Objects.requireNonNull(credentials, "credentials");
    }

    /** Without thesis topics, networks and pre-registrations. */
    public DemoIds(boolean loadedNow, Map<String, String> organisations, Map<String, String> offerings,
                   Map<String, String> needs, StackCredentials credentials) {
        this(loadedNow, organisations, offerings, needs, Map.of(), Map.of(), Map.of(), credentials);
    }

    /** The key of a pre-registration in {@link #preRegistrations()}: {@code "<organisation name> → <offering title>"}. */
    public static String preRegistrationKey(String organisationName, String offeringTitle) {
        return organisationName + " → " + offeringTitle;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<String> organisationId(String name) {
        return Optional.ofNullable(organisations.get(name));
    }

    /** The system client (roles SYSTEM and MEMBER) of a demo organisation, by its name, e.g. {@code "Savonia-ammattikorkeakoulu"}. */
    public Optional<ClientCredentials> clientCredentials(String organisationName) {
        return credentials.organisation(organisationName);
    }

    /** The bootstrap client with the role COORDINATOR. */
    public ClientCredentials coordinatorCredentials() {
        return credentials.coordinator();
    }

    /** Ids of a stored {@code demo-ids.json}, with these credentials. */
    static Optional<DemoIds> read(Path file, ObjectMapper mapper, StackCredentials credentials) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = mapper.readTree(file.toFile());
            return Optional.of(new DemoIds(false, map(root.path("organisations")), map(root.path("offerings")),
                    map(root.path("needs")), map(root.path("thesisTopics")), map(root.path("networks")),
                    map(root.path("preRegistrations")), credentials));
        } catch (JacksonException e) {
            return Optional.empty(); // unreadable: rebuilt from the services
        }
    }

    /** Writes the ids (not the credentials) to {@code file}. */
    void write(Path file, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.set("organisations", mapper.valueToTree(organisations));
        root.set("offerings", mapper.valueToTree(offerings));
        root.set("needs", mapper.valueToTree(needs));
        root.set("thesisTopics", mapper.valueToTree(thesisTopics));
        root.set("networks", mapper.valueToTree(networks));
        root.set("preRegistrations", mapper.valueToTree(preRegistrations));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static Map<String, String> map(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }
}
