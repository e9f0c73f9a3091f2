package fi.osaava.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackMainTest {

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void resetDeletesWhatTheStackWroteAndTheDirectoryWhenNothingElseIsThere(@TempDir Path temp) throws IOException {
        Path dataDir = writeStackFiles(temp.resolve("data"));

        LocalStackMain.reset(LocalStack.Settings.defaults().withDataDir(dataDir), out);

        assertThat(dataDir).doesNotExist();
    }

    @Test
    void resetLeavesEverythingElseAlone(@TempDir Path temp) throws IOException {
        Path dataDir = writeStackFiles(temp.resolve("data"));
        Files.writeString(dataDir.resolve("notes.txt"), "mine");
        Files.writeString(dataDir.resolve("logs/keep.txt"), "mine too");

        LocalStackMain.reset(LocalStack.Settings.defaults().withDataDir(dataDir), out);

        assertThat(dataDir.resolve("notes.txt")).hasContent("mine");
        assertThat(dataDir.resolve("logs/keep.txt")).hasContent("mine too");
        assertThat(dataDir.resolve("mongo.mv")).doesNotExist();
        assertThat(dataDir.resolve("demo-ids.json")).doesNotExist();
        assertThat(dataDir.resolve("logs/needs-service.log")).doesNotExist();
    }

    @Test
    void optionsAreParsedAndUnknownOnesRejected() {
        LocalStackMain.Options options = LocalStackMain.Options.parse(
                new String[] {"--reset", "--no-build", "--infra-only", "--data-dir=/tmp/x"});

        assertThat(options.reset).isTrue();
        assertThat(options.infraOnly).isTrue();
        assertThat(options.noDemoData).isFalse();
        assertThat(options.dataDir).isEqualTo(Path.of("/tmp/x"));
        assertThatThrownBy(() -> LocalStackMain.Options.parse(new String[] {"--rest"}))
                .hasMessageContaining("--rest");
    }

    private static Path writeStackFiles(Path dataDir) throws IOException {
        Files.createDirectories(dataDir.resolve("logs"));
        Files.writeString(dataDir.resolve("mongo.mv"), "h2");
        Files.writeString(dataDir.resolve("demo-ids.json"), "{}");
        Files.writeString(dataDir.resolve("logs/needs-service.log"), "log");
        Files.writeString(dataDir.resolve("logs/greenmail.log"), "log");
        return dataDir;
    }
}
