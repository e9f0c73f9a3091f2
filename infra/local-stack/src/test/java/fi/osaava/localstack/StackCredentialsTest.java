package fi.osaava.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackCredentialsTest {

    private static final URI TOKENS = URI.create("http://localhost:8081/oauth2/token");

    @Test
    void theFirstStartGeneratesTheCoordinatorsSecretAndLaterStartsReuseIt(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("credentials.json");

        StackCredentials first = StackCredentials.readOrCreate(file, TOKENS);

        assertThat(first.coordinator().clientId()).isEqualTo("coordinator");
        assertThat(first.coordinator().clientSecret()).matches("[A-Za-z0-9_-]{43}"); // 32 bytes, base64url
        assertThat(first.tokenEndpoint()).contains(TOKENS);
        assertThat(file).isRegularFile();
        assertThat(Files.readString(file)).contains(first.coordinator().clientSecret());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        StackCredentials second = StackCredentials.readOrCreate(file, TOKENS);

        assertThat(second).isEqualTo(first);
        assertThat(StackCredentials.readOrCreate(dataDir.resolve("other.json"), TOKENS).coordinator())
                .isNotEqualTo(first.coordinator());
    }

    @Test
    void organisationClientsAreKeptBesideTheCoordinatorsAndSurviveANewTokenEndpoint(@TempDir Path dataDir) {
        Path file = dataDir.resolve("credentials.json");
        StackCredentials created = StackCredentials.readOrCreate(file, TOKENS);
        created.withOrganisation("Savonia-ammattikorkeakoulu", new ClientCredentials("c-1", "s-1"))
                .withOrganisation("Savon ammattiopisto", new ClientCredentials("c-2", "s-2"))
                .write(file);

        URI elsewhere = URI.create("http://localhost:23456/oauth2/token");
        StackCredentials read = StackCredentials.readOrCreate(file, elsewhere);

        assertThat(read.coordinator()).isEqualTo(created.coordinator());
        assertThat(read.organisation("Savonia-ammattikorkeakoulu")).contains(new ClientCredentials("c-1", "s-1"));
        assertThat(List.copyOf(read.organisations().keySet())).containsExactly("Savonia-ammattikorkeakoulu", "Savon ammattiopisto");
        assertThat(read.tokenEndpoint()).contains(elsewhere);
        assertThat(StackCredentials.read(file)).contains(read);
        assertThat(read.withOrganisations(Map.of()).organisations()).isEmpty();
        assertThat(read.toString()).doesNotContain("s-1", read.coordinator().clientSecret());
    }

    @Test
    void aBrokenFileIsNotSilentlyReplaced(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("credentials.json");
        Files.writeString(file, "{\"coordinator\": {\"clientId\": \"coordinator\"}}");

        assertThatThrownBy(() -> StackCredentials.readOrCreate(file, TOKENS))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("--reset");
        assertThat(file).hasContent("{\"coordinator\": {\"clientId\": \"coordinator\"}}");
        assertThat(StackCredentials.read(dataDir.resolve("none.json"))).isEmpty();
    }
}
