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
    void theFirstStartGeneratesTheCoordinatorsAndThePortalsSecretsAndLaterStartsReuseThem(@TempDir Path dataDir)
            throws IOException {
        Path file = dataDir.resolve("credentials.json");

        StackCredentials first = StackCredentials.readOrCreate(file, TOKENS);

        assertThat(first.coordinator().clientId()).isEqualTo("coordinator");
        assertThat(first.coordinator().clientSecret()).matches("[A-Za-z0-9_-]{43}"); // 32 bytes, base64url
        ClientCredentials portal = first.portal().orElseThrow();
        assertThat(portal.clientId()).isEqualTo("osaava-portal");
        assertThat(portal.clientSecret()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.coordinator().clientSecret());
        assertThat(first.tokenEndpoint()).contains(TOKENS);
        assertThat(file).isRegularFile();
        assertThat(Files.readString(file)).contains(first.coordinator().clientSecret(), portal.clientSecret());
        assertThat(first.toString()).doesNotContain(portal.clientSecret());
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
        assertThat(read.portal()).isEqualTo(created.portal());
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

    @Test
    void peopleAreKeptWithTheirOwnPasswordsOrganisationAndRoles(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("credentials.json");
        PersonCredentials coordinator = new PersonCredentials("koordinaattori@demo.osaava.fi", "pw-of-the-coordinator-1",
                "coordinator", List.of("COORDINATOR"));
        PersonCredentials reporter = new PersonCredentials("osaamiskehittaja@pohjois-savo.demo.osaava.fi",
                "pw-of-the-reporter-2", "Pohjois-Savon hyvinvointialue", List.of("MEMBER"));
        StackCredentials.readOrCreate(file, TOKENS).withPerson(coordinator).withPerson(reporter).write(file);

        StackCredentials read = StackCredentials.readOrCreate(file, URI.create("http://localhost:23456/oauth2/token"));

        assertThat(read.people()).containsExactly(coordinator, reporter);
        assertThat(read.person("Koordinaattori@demo.osaava.fi")).contains(coordinator);
        assertThat(read.person("nobody@demo.osaava.fi")).isEmpty();
        assertThat(Files.readString(file)).contains("\"people\"", "pw-of-the-reporter-2", "Pohjois-Savon hyvinvointialue");
        PersonCredentials changed = new PersonCredentials(reporter.username(), "a-new-password-3", reporter.organisation(),
                reporter.roles());
        assertThat(read.withPerson(changed).people()).containsExactly(coordinator, changed);
        assertThat(read.withPeople(List.of()).people()).isEmpty();
        assertThat(read.withOrganisation("X", new ClientCredentials("c", "s")).people()).isEqualTo(read.people());
        assertThat(read.toString()).contains(reporter.username()).doesNotContain("pw-of-the-reporter-2");
        assertThat(reporter.toString()).doesNotContain("pw-of-the-reporter-2");
    }

    @Test
    void aFileFromBeforeThereWerePeopleStillReads(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("credentials.json");
        Files.writeString(file, """
                {"tokenEndpoint": "http://localhost:8081/oauth2/token",
                 "coordinator": {"clientId": "coordinator", "clientSecret": "the-secret"},
                 "organisations": {"Savonia-ammattikorkeakoulu": {"clientId": "c-1", "clientSecret": "s-1"}}}
                """);

        assertThat(StackCredentials.read(file).orElseThrow().portal()).isEmpty();

        StackCredentials read = StackCredentials.readOrCreate(file, TOKENS);

        assertThat(read.people()).isEmpty();
        assertThat(read.coordinator()).isEqualTo(new ClientCredentials("coordinator", "the-secret"));
        assertThat(read.organisation("Savonia-ammattikorkeakoulu")).contains(new ClientCredentials("c-1", "s-1"));
        assertThat(read.portal()).as("generated at the first start that knows of the portal").isPresent();
        assertThat(StackCredentials.readOrCreate(file, TOKENS).portal()).isEqualTo(read.portal());
    }

    @Test
    void aPersonWithoutAPasswordIsABrokenFile(@TempDir Path dataDir) throws IOException {
        Path file = dataDir.resolve("credentials.json");
        Files.writeString(file, """
                {"coordinator": {"clientId": "coordinator", "clientSecret": "the-secret"},
                 "people": [{"username": "a@demo.osaava.fi", "organisation": "coordinator", "roles": ["COORDINATOR"]}]}
                """);

        assertThatThrownBy(() -> StackCredentials.read(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("people[0]")
                .hasMessageContaining("--reset");
    }
}
