package fi.osaava.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the portal exists in Finnish, Swedish and English, and every key a page names exists. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9.-]+)[}(]");

    private static final Pattern BASENAMES = Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)\\s*$");

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        for (String bundle : bundles()) {
            Set<String> finnish = keys(bundle + ".properties");
            Set<String> swedish = keys(bundle + "_sv.properties");
            Set<String> english = keys(bundle + "_en.properties");

            assertThat(difference(finnish, swedish)).as("missing in Swedish: " + bundle).isEmpty();
            assertThat(difference(finnish, english)).as("missing in English: " + bundle).isEmpty();
            assertThat(difference(swedish, finnish)).as("only in Swedish: " + bundle).isEmpty();
            assertThat(difference(english, finnish)).as("only in English: " + bundle).isEmpty();
        }
        assertThat(keys("messages.properties")).isNotEmpty();
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : bundles()) {
            for (String key : keys(bundle + ".properties")) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).as("in more than one bundle (the first one listed would win)").isEmpty();
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles()) {
            known.addAll(keys(bundle + ".properties"));
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }

        assertThat(named).isNotEmpty();
        assertThat(difference(named, known)).as("named by a page but in no bundle").isEmpty();
    }

    /** The bundles {@code spring.messages.basename} lists, in its order. */
    private static java.util.List<String> bundles() throws IOException {
        Matcher listed = BASENAMES.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        assertThat(listed.find()).as("spring.messages.basename in application.yml").isTrue();
        return java.util.List.of(listed.group(1).split(","));
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> left = new TreeSet<>(from);
        left.removeAll(without);
        return left;
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = java.util.Objects.requireNonNull(
                MessageBundlesTest.class.getResourceAsStream("/" + bundle), bundle);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().forEach(keys::add);
        return keys;
    }
}
