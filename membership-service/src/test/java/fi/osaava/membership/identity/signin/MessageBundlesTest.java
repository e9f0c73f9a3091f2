package fi.osaava.membership.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

/** Every text of membership-service's pages exists in Finnish, Swedish and English, and every key a page names exists. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9.-]+)[}(]");

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        Set<String> finnish = keys("messages.properties");
        Set<String> swedish = keys("messages_sv.properties");
        Set<String> english = keys("messages_en.properties");

        assertThat(finnish).isNotEmpty();
        assertThat(difference(finnish, swedish)).as("missing in Swedish").isEmpty();
        assertThat(difference(finnish, english)).as("missing in English").isEmpty();
        assertThat(difference(swedish, finnish)).as("only in Swedish").isEmpty();
        assertThat(difference(english, finnish)).as("only in English").isEmpty();
    }

    @Test
    void noTextIsLeftBlank() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        // the switch names its languages as #{'language.' + ${code}}
        SignInLanguage.SUPPORTED.forEach(language -> named.add("language." + language));

        assertThat(named).isNotEmpty();
        assertThat(difference(named, known)).as("named by a page but in no bundle").isEmpty();
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> left = new TreeSet<>(from);
        left.removeAll(without);
        return left;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
