package fi.osaava.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import fi.osaava.contracts.EventContracts;

/**
 * Which event types travel on which topic and under which record key, as the contracts' AsyncAPI document says,
 * and which types the project's README names a service as consuming: what a consumer's contract test must feed.
 */
public final class EventTopics {

    private static final Map<String, Object> ASYNCAPI = asyncApi();
    private static final Pattern TYPE = Pattern.compile("`(fi\\.osaava\\.[a-z.-]+\\.v[0-9]+|….[a-z.-]+\\.v[0-9]+)`");

    private EventTopics() {
    }

    /**
     * The event types on a topic a binding reads: its name, or for a binding by pattern (a regular expression) every
     * channel whose address, with its parameters filled in, the pattern matches.
     */
    public static Set<String> typesOn(String destination) {
        Set<String> types = new TreeSet<>();
        for (Object channel : map(ASYNCAPI.get("channels")).values()) {
            String address = (String) map(channel).get("address");
            String concrete = address.replaceAll("\\{[^}]+}", "someone");
            if (destination.equals(address) || concrete.matches(destination)) {
                for (Object reference : map(map(channel).get("messages")).values()) {
                    Object name = message((String) map(reference).get("$ref")).get("name");
                    if (name instanceof String type && EventContracts.eventTypes().contains(type)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }

    /** The data's property that is the record key (e.g. {@code needId}), from the message's Kafka key binding. */
    public static String keyProperty(String type) {
        for (Object message : map(map(ASYNCAPI.get("components")).get("messages")).values()) {
            if (type.equals(map(message).get("name"))) {
                String description = (String) map(map(map(map(message).get("bindings")).get("kafka")).get("key"))
                        .get("description");
                return description.substring(0, description.indexOf(','));
            }
        }
        throw new IllegalArgumentException("no message " + type + " in the AsyncAPI document");
    }

    /**
     * The event types the README's Events table names {@code service} (e.g. {@code notification}) as a consumer of.
     * A cell's {@code ….updated.v1} stands for the last full type named before it with its last name replaced.
     */
    public static Set<String> consumedBy(String service, Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> types = new TreeSet<>();
        String lastFull = null;
        boolean inEvents = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inEvents = line.equals("## Events");
            }
            String[] cells = line.split("\\|");
            if (!inEvents || cells.length < 5) {
                continue;
            }
            Matcher matcher = TYPE.matcher(cells[2]);
            Set<String> inRow = new TreeSet<>();
            while (matcher.find()) {
                String named = matcher.group(1);
                if (named.startsWith("…")) {
                    if (lastFull == null) {
                        throw new IllegalStateException("README: " + named + " follows no full event type");
                    }
                    String stem = lastFull.substring(0, lastFull.lastIndexOf('.', lastFull.lastIndexOf('.') - 1) + 1);
                    named = stem + named.substring(2);
                } else {
                    lastFull = named;
                }
                if (!EventContracts.eventTypes().contains(named)) {
                    throw new IllegalStateException("README's Events table names " + named + ", which has no contract");
                }
                inRow.add(named);
            }
            // a consumer cell names services, each perhaps with a remark in parentheses
            String consumers = cells[4].replaceAll("\\([^)]*\\)", "");
            if (Pattern.compile("\\b" + Pattern.quote(service) + "\\b").matcher(consumers).find()) {
                types.addAll(inRow);
            }
        }
        return types;
    }

    private static Map<String, Object> message(String localRef) {
        Object node = ASYNCAPI;
        for (String part : localRef.substring(2).split("/")) {
            node = map(node).get(part);
        }
        return map(node);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> asyncApi() {
        try (InputStream in = EventTopics.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.yaml of the contracts is not on the test class path");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
