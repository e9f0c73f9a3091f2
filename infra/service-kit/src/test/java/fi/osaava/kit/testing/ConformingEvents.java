package fi.osaava.kit.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.reference.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes event data that conforms to an event type's JSON Schema (draft 2020-12, as {@link EventContracts} bundles
 * it): the contract as the consumers must take it, not as today's producer happens to fill it.
 *
 * <ul>
 *   <li>{@link Shape#MINIMAL}: only the required properties; null wherever null is allowed, the fewest array items,
 *       the shortest strings (empty where allowed), the smallest numbers, the first enum value.</li>
 *   <li>{@link Shape#NULLS}: every property present, and null wherever null is allowed.</li>
 *   <li>{@link Shape#FULL}: every property present with a value, never null.</li>
 *   <li>{@link Shape#VARIED}: seeded random: optional properties present, absent or null, any enum value, arrays
 *       of 0..n items, and now and then an unknown property where the schema allows one (tolerant readers).</li>
 * </ul>
 *
 * <p>Codes come from the reference data every service validates against, never merely from a pattern: a region
 * ({@code ^[0-9]{2}$}) is a region of {@code regions.v1.json} and a {@code competenceAreaCode} a current concept
 * of the competence vocabulary. The schemas check these codes by form only; an unknown code is a different
 * question (a vocabulary newer than the consumer's) from a schema-conforming event being read at all. A pattern
 * this class does not know fails loudly, so a new pattern in a contract extends the generator rather than
 * slipping past it. Every instance is validated against its schema before it is returned: a generator that
 * makes a non-conforming instance fails the test that asked for it.
 */
public final class ConformingEvents {

    /** How an instance fills in what the schema leaves open. */
    public enum Shape { MINIMAL, NULLS, FULL, VARIED }

    /** One generated event: its type, a label to name it in a failure, and its JSON data. */
    public record Instance(String type, String label, String json) {

        public JsonNode data() {
            return JSON.readTree(json);
        }

        /** The value of a top-level string property (e.g. the record key's field), or null. */
        public String text(String property) {
            JsonNode value = data().get(property);
            return value == null || value.isNull() ? null : value.asString();
        }

        @Override
        public String toString() {
            return type + " " + label;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEFS = "#/$defs/";
    private static final String COMPETENCE_AREA_DEF = "competenceAreaCode";
    private static final List<String> REGIONS = List.copyOf(ReferenceData.get().regionCodes());
    private static final List<String> COMPETENCE_AREAS = ReferenceData.get().competenceAreaCodes().stream()
            .filter(ReferenceData.get()::isCurrentCompetenceArea).sorted().toList();
    /** The patterns the contracts use, each with a maker of matching values. */
    private static final Map<String, Generator.PatternValue> PATTERNS = Map.of(
            "^[0-9]{2}$", g -> g.pick(REGIONS),
            "^[a-z0-9]+(-[a-z0-9]+)*$", g -> "slug-" + g.alphanumeric(6),
            "^[0-9]{7}-[0-9]$", g -> g.digits(7) + "-" + g.digits(1),
            "^[0-9a-f]{64}$", g -> g.hex(64),
            "^https://", g -> "https://example.org/" + g.alphanumeric(8),
            "^https://\\S+$", g -> "https://example.org/" + g.alphanumeric(8));

    private ConformingEvents() {
    }

    /** The minimal, null-filled and full instances and {@code varied} seeded random ones, each checked against the schema. */
    public static List<Instance> of(String type, int varied) {
        List<Instance> instances = new ArrayList<>();
        instances.add(of(type, Shape.MINIMAL, 0));
        instances.add(of(type, Shape.NULLS, 0));
        instances.add(of(type, Shape.FULL, 0));
        for (int seed = 1; seed <= varied; seed++) {
            instances.add(of(type, Shape.VARIED, seed));
        }
        return instances;
    }

    /** One instance of the shape; the seed matters for {@link Shape#VARIED} (and for the ids of any shape). */
    public static Instance of(String type, Shape shape, long seed) {
        JsonNode schema = JSON.readTree(EventContracts.schema(type));
        Generator generator = new Generator(schema, shape, new Random(31L * type.hashCode() + 1_000L * shape.ordinal() + seed));
        String json = JSON.writeValueAsString(generator.value(schema, null));
        String label = shape == Shape.VARIED ? "varied#" + seed : shape.name().toLowerCase();
        List<String> violations = EventContracts.violations(type, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("the generator made a " + label + " " + type + " that breaks its schema: "
                    + violations + "\n" + json);
        }
        return new Instance(type, label, json);
    }

    private static final class Generator {

        interface PatternValue {
            String make(Generator generator);
        }

        private final JsonNode root;
        private final Shape shape;
        private final Random random;

        Generator(JsonNode root, Shape shape, Random random) {
            this.root = root;
            this.shape = shape;
            this.random = random;
        }

        /** A value of the schema; {@code def} names the {@code $defs} entry it came from, if any. */
        JsonNode value(JsonNode schema, String def) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asString();
                if (!ref.startsWith(DEFS)) {
                    throw new IllegalStateException("only local $defs references are supported: " + ref);
                }
                String name = ref.substring(DEFS.length());
                return value(root.get("$defs").get(name), name);
            }
            if (schema.has("const")) {
                return schema.get("const").deepCopy();
            }
            JsonNode branches = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            if (branches != null) {
                return branch(branches);
            }
            List<String> types = types(schema);
            boolean nullable = types.contains("null") || (schema.has("enum") && contains(schema.get("enum"), null));
            if (nullable && prefersNull()) {
                return NODES.nullNode();
            }
            if (schema.has("enum")) {
                List<JsonNode> values = new ArrayList<>();
                schema.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v);
                    }
                });
                return (shape == Shape.MINIMAL ? values.get(0) : pick(values)).deepCopy();
            }
            List<String> nonNull = types.stream().filter(t -> !"null".equals(t)).toList();
            String type = nonNull.isEmpty() ? "string" : shape == Shape.MINIMAL ? nonNull.get(0) : pick(nonNull);
            return switch (type) {
                case "object" -> object(schema);
                case "array" -> array(schema);
                case "string" -> NODES.stringNode(string(schema, def));
                case "integer" -> NODES.numberNode(integer(schema));
                case "number" -> NODES.numberNode(number(schema));
                case "boolean" -> NODES.booleanNode(shape == Shape.MINIMAL ? false : random.nextBoolean());
                default -> throw new IllegalStateException("unsupported type " + type + " in " + schema);
            };
        }

        private JsonNode branch(JsonNode branches) {
            List<JsonNode> nonNull = new ArrayList<>();
            boolean nullBranch = false;
            for (JsonNode branch : branches) {
                if (types(branch).equals(List.of("null"))) {
                    nullBranch = true;
                } else {
                    nonNull.add(branch);
                }
            }
            if (nullBranch && prefersNull()) {
                return NODES.nullNode();
            }
            return value(shape == Shape.MINIMAL ? nonNull.get(0) : pick(nonNull), null);
        }

        private ObjectNode object(JsonNode schema) {
            ObjectNode object = NODES.objectNode();
            Set<String> required = new HashSet<>();
            if (schema.has("required")) {
                schema.get("required").forEach(name -> required.add(name.asString()));
            }
            JsonNode properties = schema.path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                String name = property.getKey();
                if (required.contains(name) || includesOptional()) {
                    object.set(name, value(property.getValue(), null));
                }
            }
            // the schema may ask for more properties than are required (a title in at least one language)
            int minProperties = schema.path("minProperties").asInt(0);
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (object.size() >= minProperties) {
                    break;
                }
                JsonNode present = object.get(property.getKey());
                if (present == null || present.isNull()) {
                    object.set(property.getKey(), nonNull(property.getValue()));
                }
            }
            if (object.size() < minProperties) {
                throw new IllegalStateException("cannot reach minProperties " + minProperties + " of " + schema);
            }
            if (shape == Shape.VARIED && !schema.has("propertyNames") && random.nextInt(3) == 0) {
                JsonNode additional = schema.get("additionalProperties");
                if (additional == null || additional.isBoolean() && additional.asBoolean()) {
                    object.put("unknown" + alphanumeric(4), "a field added later, which readers ignore");
                } else if (additional.isObject()) {
                    object.set("extra" + alphanumeric(4), value(additional, null));
                }
            }
            return object;
        }

        private JsonNode nonNull(JsonNode schema) {
            for (int attempt = 0; attempt < 20; attempt++) {
                JsonNode value = new Generator(root, Shape.FULL, random).value(schema, null);
                if (!value.isNull()) {
                    return value;
                }
            }
            throw new IllegalStateException("no non-null value of " + schema);
        }

        private ArrayNode array(JsonNode schema) {
            int min = schema.path("minItems").asInt(0);
            int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : min + 4;
            int count = switch (shape) {
                case MINIMAL, NULLS -> min;
                case FULL -> Math.min(max, Math.max(min, 2));
                case VARIED -> min + random.nextInt(Math.min(max, min + 4) - min + 1);
            };
            boolean unique = schema.path("uniqueItems").asBoolean(false);
            JsonNode items = schema.path("items");
            ArrayNode array = NODES.arrayNode();
            Set<JsonNode> seen = new LinkedHashSet<>();
            for (int attempts = 0; array.size() < count && attempts < count * 20; attempts++) {
                JsonNode item = value(items, null);
                if (!unique || seen.add(item)) {
                    array.add(item);
                }
            }
            return array;
        }

        private String string(JsonNode schema, String def) {
            int min = schema.path("minLength").asInt(0);
            int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            String value;
            if (COMPETENCE_AREA_DEF.equals(def)) {
                value = pick(COMPETENCE_AREAS);
            } else if (schema.has("format")) {
                value = formatted(schema.get("format").asString());
            } else if (schema.has("pattern")) {
                PatternValue maker = PATTERNS.get(schema.get("pattern").asString());
                if (maker == null) {
                    throw new IllegalStateException("no values known for pattern " + schema.get("pattern")
                            + "; teach ConformingEvents one");
                }
                value = maker.make(this);
            } else {
                int length = shape == Shape.MINIMAL ? min : Math.min(max, Math.max(min, 5 + random.nextInt(30)));
                value = text(length);
            }
            if (value.length() < min || value.length() > max) {
                throw new IllegalStateException("made " + value + " outside the lengths " + min + ".." + max + " of " + schema);
            }
            return value;
        }

        private String formatted(String format) {
            Instant instant = Instant.parse("2027-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 24 * 3600));
            return switch (format) {
                case "date-time" -> instant.toString();
                case "date" -> LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
                case "email" -> alphanumeric(6) + "@example.org";
                case "uri" -> "https://example.org/" + alphanumeric(8);
                case "uuid" -> uuid();
                default -> throw new IllegalStateException("unsupported format " + format);
            };
        }

        private long integer(JsonNode schema) {
            long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
            if (schema.has("exclusiveMinimum")) {
                min = Math.max(min, schema.get("exclusiveMinimum").asLong() + 1);
            }
            long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 500;
            return shape == Shape.MINIMAL ? min : min + (long) random.nextInt((int) Math.min(max - min + 1, 10_000));
        }

        private double number(JsonNode schema) {
            double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
            if (schema.has("exclusiveMinimum")) {
                min = Math.max(min, schema.get("exclusiveMinimum").asDouble() + 0.5);
            }
            double max = schema.has("maximum") ? schema.get("maximum").asDouble() : min + 500;
            return shape == Shape.MINIMAL ? min : Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
        }

        private boolean prefersNull() {
            return switch (shape) {
                case MINIMAL, NULLS -> true;
                case FULL -> false;
                case VARIED -> random.nextInt(3) == 0;
            };
        }

        private boolean includesOptional() {
            return switch (shape) {
                case MINIMAL -> false;
                case NULLS, FULL -> true;
                case VARIED -> random.nextInt(3) != 0;
            };
        }

        private static List<String> types(JsonNode schema) {
            JsonNode type = schema.get("type");
            if (type == null) {
                return List.of();
            }
            if (type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asString()));
                return types;
            }
            return List.of(type.asString());
        }

        private static boolean contains(JsonNode values, Object wanted) {
            for (JsonNode value : values) {
                if (wanted == null ? value.isNull() : value.asString().equals(wanted)) {
                    return true;
                }
            }
            return false;
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        String text(int length) {
            String alphabet = "abcdefghijklmnopqrstuvwxyzäöå ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // never blank when it may not be empty: a one-space title is not what a minLength of 1 means to a reader
            if (length > 0 && text.toString().isBlank()) {
                text.setCharAt(0, 'x');
            }
            return text.toString();
        }

        String alphanumeric(int length) {
            return characters("abcdefghijklmnopqrstuvwxyz0123456789", length);
        }

        String digits(int length) {
            return characters("0123456789", length);
        }

        String hex(int length) {
            return characters("0123456789abcdef", length);
        }

        private String characters(String alphabet, int length) {
            return generate(length, () -> alphabet.charAt(random.nextInt(alphabet.length())));
        }

        private String uuid() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        private static String generate(int length, Supplier<Character> next) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(next.get());
            }
            return text.toString();
        }
    }
}
