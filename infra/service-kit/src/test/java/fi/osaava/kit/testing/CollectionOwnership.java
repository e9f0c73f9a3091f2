package fi.osaava.kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which feature of a service owns which MongoDB collection, and where another feature names it. A feature owns
 * the collections its {@code @Document} classes and outbox routes name (or, for a collection without a document
 * class, its {@code COLLECTION} constant). Another feature that names such a collection in a class that uses the
 * store reads or writes documents it does not own: it should ask the owner's published interface or listen to
 * its events instead. Checked on the source text, because a collection name is a string constant the compiler
 * copies into its users, so class files cannot tell where it came from.
 */
public final class CollectionOwnership {

    private static final Pattern DOCUMENT = Pattern.compile(
            "@Document\\(\\s*(?:collection\\s*=\\s*|value\\s*=\\s*)?(?:\"([^\"]+)\"|(\\w+)\\.COLLECTION)\\s*\\)");
    private static final Pattern OUTBOX_ROUTE = Pattern.compile(
            "(?:new OutboxRoute|OutboxRoute\\.withoutVersion)\\(\\s*\"([^\"]+)\"");
    private static final Pattern CONSTANT = Pattern.compile("\\bCOLLECTION\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_-]+)\"");
    private static final Pattern STORE_IMPORT = Pattern.compile(
            "^import (?:static )?(?:org\\.springframework\\.data\\.mongodb|com\\.mongodb|org\\.bson)\\.", Pattern.MULTILINE);

    private CollectionOwnership() {
    }

    /** One place where a feature names a collection another feature owns. */
    public record ForeignUse(String file, int line, String feature, String collection, String owner) {
        @Override
        public String toString() {
            return file + ":" + line + " (" + feature + ") names '" + collection + "', owned by " + owner;
        }
    }

    /**
     * @param sources the service's main source root, e.g. {@code src/main/java}
     * @param basePackage the service's package, e.g. {@code fi.osaava.catalogue}
     */
    public static List<ForeignUse> foreignUses(Path sources, String basePackage) {
        Path base = sources.resolve(basePackage.replace('.', '/'));
        Map<Path, String> texts = read(base);
        Map<String, String> owners = owners(base, texts);
        List<ForeignUse> uses = new ArrayList<>();
        texts.forEach((file, text) -> {
            if (!STORE_IMPORT.matcher(text).find()) {
                return;
            }
            String feature = feature(base, file);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].trim().startsWith("*") || lines[i].trim().startsWith("//")) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(lines[i]);
                while (literal.find()) {
                    String owner = owners.get(literal.group(1));
                    if (owner != null && !owner.equals(feature)) {
                        uses.add(new ForeignUse(base.relativize(file).toString(), i + 1, feature, literal.group(1),
                                owner));
                    }
                }
            }
        });
        uses.sort(java.util.Comparator.comparing(ForeignUse::file).thenComparing(ForeignUse::line));
        return uses;
    }

    /** Fails, naming each place, when a feature names a collection another feature owns. */
    public static void verify(Path sources, String basePackage) {
        List<ForeignUse> uses = foreignUses(sources, basePackage);
        if (!uses.isEmpty()) {
            StringBuilder message = new StringBuilder(uses.size()
                    + " place(s) name a collection another feature owns; ask the owner's interface instead:");
            uses.forEach(use -> message.append("\n- ").append(use));
            throw new AssertionError(message);
        }
    }

    /** Collection name → owning feature. */
    static Map<String, String> owners(Path base, Map<Path, String> texts) {
        Map<String, String> byDocument = new HashMap<>();
        Map<String, String> byConstant = new HashMap<>();
        texts.forEach((file, text) -> {
            String feature = feature(base, file);
            Matcher document = DOCUMENT.matcher(text);
            while (document.find()) {
                String name = document.group(1) != null ? document.group(1)
                        : constantIn(file.resolveSibling(document.group(2) + ".java"), texts);
                if (name != null) {
                    claim(byDocument, name, feature);
                }
            }
            Matcher route = OUTBOX_ROUTE.matcher(text);
            while (route.find()) {
                claim(byDocument, route.group(1), feature);
            }
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                byConstant.putIfAbsent(constant.group(1), feature);
            }
        });
        byConstant.forEach(byDocument::putIfAbsent);
        return byDocument;
    }

    private static void claim(Map<String, String> owners, String collection, String feature) {
        String earlier = owners.putIfAbsent(collection, feature);
        if (earlier != null && !earlier.equals(feature)) {
            throw new AssertionError("collection '" + collection + "' has two owners: " + earlier + " and " + feature);
        }
    }

    private static String constantIn(Path file, Map<Path, String> texts) {
        String text = texts.get(file);
        if (text == null) {
            return null;
        }
        Matcher constant = CONSTANT.matcher(text);
        return constant.find() ? constant.group(1) : null;
    }

    /** The first package below the service's, or {@code (application)} for a class directly in it. */
    static String feature(Path base, Path file) {
        Path relative = base.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "(application)";
    }

    private static Map<Path, String> read(Path base) {
        Map<Path, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
