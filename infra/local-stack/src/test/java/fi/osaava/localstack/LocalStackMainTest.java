package fi.osaava.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.osaava.localstack.demo.DemoData;

class LocalStackMainTest {

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void resetDeletesWhatTheStackWroteAndTheDirectoryWhenNothingElseIsThere(@TempDir Path temp) throws IOException {
        Path dataDir = writeStackFiles(temp.resolve("data"));

        DataDirReset.reset(StackSettings.defaults().withDataDir(dataDir), out);

        assertThat(dataDir).doesNotExist();
    }

    @Test
    void resetLeavesEverythingElseAlone(@TempDir Path temp) throws IOException {
        Path dataDir = writeStackFiles(temp.resolve("data"));
        Files.writeString(dataDir.resolve("notes.txt"), "mine");
        Files.writeString(dataDir.resolve("logs/keep.txt"), "mine too");

        DataDirReset.reset(StackSettings.defaults().withDataDir(dataDir), out);

        assertThat(dataDir.resolve("notes.txt")).hasContent("mine");
        assertThat(dataDir.resolve("logs/keep.txt")).hasContent("mine too");
        assertThat(dataDir.resolve("mongo.mv")).doesNotExist();
        assertThat(dataDir.resolve("demo-ids.json")).doesNotExist();
        assertThat(dataDir.resolve("credentials.json")).doesNotExist();
        assertThat(dataDir.resolve("logs/needs-service.log")).doesNotExist();
    }

    @Test
    void optionsAreParsedAndUnknownOnesRejected() {
        LocalStackOptions options = LocalStackOptions.parse(
                new String[] {"--reset", "--no-build", "--infra-only", "--data-dir=/tmp/x",
                        "--service-arg=--osaava.digests.time=14:30", "--service-arg=--logging.level.fi.osaava=DEBUG"});

        assertThat(options.reset).isTrue();
        assertThat(options.infraOnly).isTrue();
        assertThat(options.noDemoData).isFalse();
        assertThat(options.dataDir).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.serviceArguments).containsExactly("--osaava.digests.time=14:30",
                "--logging.level.fi.osaava=DEBUG");
        assertThatThrownBy(() -> LocalStackOptions.parse("--rest"))
                .hasMessageContaining("--rest");
        assertThatThrownBy(() -> LocalStackOptions.parse("--service-arg=oops"))
                .hasMessageContaining("--service-arg=oops");
        assertThat(LocalStackOptions.parse("--data-dir", "/tmp/y", "--service-arg", "--a=b").dataDir)
                .isEqualTo(Path.of("/tmp/y"));
        assertThat(LocalStackOptions.parse("--help").help).isTrue();
        assertThat(LocalStackOptions.usage()).contains("Usage: run-local.sh", "--no-build", "--reset", "--no-demo-data",
                "--infra-only", "--two-instances", "--data-dir=PATH", "--smtp-port=N", "--service-arg=ARG",
                "credentials.json");
    }

    @Test
    void twoInstancesIsAnOptionAndNothingElseThanOneOrTwoIsAccepted() {
        assertThat(LocalStackOptions.parse("--two-instances").twoInstances).isTrue();
        assertThat(LocalStackOptions.parse().twoInstances).isFalse();
        assertThat(StackSettings.defaults().instances()).isEqualTo(1);
        StackSettings two = StackSettings.defaults().withExternalSmtp(2525).withInstances(2);
        assertThat(two.instances()).isEqualTo(2);
        assertThat(two.startMailSink()).isFalse();
        assertThat(two.withDataDir(Path.of("/tmp/x")).instances()).isEqualTo(2);
        assertThatThrownBy(() -> StackSettings.defaults().withInstances(3)).hasMessageContaining("1 or 2");
        assertThatThrownBy(() -> StackSettings.defaults().withInstances(0)).hasMessageContaining("1 or 2");
    }

    @Test
    void anExternalSmtpPortStartsNoGreenMail() {
        LocalStackOptions options = LocalStackOptions.parse("--smtp-port=2525");

        assertThat(options.smtpPort).isEqualTo(2525);
        StackSettings settings = StackSettings.defaults().withExternalSmtp(options.smtpPort);
        assertThat(settings.startMailSink()).isFalse();
        assertThat(settings.smtpPort()).isEqualTo(2525);
        assertThat(StackSettings.defaults().startMailSink()).isTrue();
        assertThatThrownBy(() -> LocalStackOptions.parse("--smtp-port=0"))
                .hasMessageContaining("--smtp-port=0");
        assertThatThrownBy(() -> LocalStackOptions.parse("--smtp-port=smtp"))
                .hasMessageContaining("--smtp-port=smtp");
    }

    @Test
    void theBannerPrintsTokenCommandsForTheCoordinatorTheReporterAndAProvider(@TempDir Path dataDir) {
        Path file = dataDir.resolve("credentials.json");
        StackCredentials credentials = StackCredentials.readOrCreate(file, URI.create("http://localhost:8081/oauth2/token"))
                .withOrganisation("Pohjois-Savon hyvinvointialue", new ClientCredentials("client-psh", "secret-psh"))
                .withOrganisation("Savonia-ammattikorkeakoulu", new ClientCredentials("client-savonia", "secret-savonia"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StackBanner.printTokens(new PrintStream(bytes, true, StandardCharsets.UTF_8), credentials,
                DemoData.fromClasspath(), file);

        String banner = bytes.toString(StandardCharsets.UTF_8);
        String from = "infra/local-stack/client-token.sh --credentials " + file + " ";
        assertThat(banner.lines().map(String::strip).toList()).contains(
                "COORDINATOR_TOKEN=$(" + from + "coordinator)",
                "TOKEN=$(" + from + "'Pohjois-Savon hyvinvointialue')",
                "PROVIDER_TOKEN=$(" + from + "Savonia-ammattikorkeakoulu)");
        // the secrets stay in the owner-only file: a redirected banner keeps none of them
        assertThat(banner).doesNotContain(credentials.coordinator().clientSecret(), "secret-psh", "secret-savonia");
        assertThat(banner).contains("As Pohjois-Savon hyvinvointialue", "As Savonia-ammattikorkeakoulu", file.toString());
    }

    @Test
    void theBannerPrintsAnonymousSearchesOfOfferingsThesisTopicsAndNetworks(@TempDir Path dataDir) {
        StackCredentials credentials = StackCredentials.readOrCreate(dataDir.resolve("credentials.json"),
                URI.create("http://localhost:8081/oauth2/token"));
        fi.osaava.localstack.demo.DemoIds ids = new fi.osaava.localstack.demo.DemoIds(true, java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of("a", "1", "b", "2"), java.util.Map.of("c", "3"),
                java.util.Map.of("d", "4"), credentials);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StackBanner.printCatalogueSearches(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                URI.create("http://localhost:8082"), ids);

        String banner = bytes.toString(StandardCharsets.UTF_8);
        assertThat(banner.lines().map(String::strip).toList()).contains(
                "curl -s 'http://localhost:8082/api/offerings/search?q=l%C3%A4%C3%A4kehoidon'",
                "curl -s 'http://localhost:8082/api/thesis-topics?q=l%C3%A4%C3%A4kepoikkeamien'",
                "curl -s 'http://localhost:8082/api/networks?kind=EXPERT&q=l%C3%A4%C3%A4kehoidon'");
        assertThat(banner).contains("2 thesis topics, 1 networks, 1 pre-registrations");
    }

    @Test
    void theBannerPrintsAPersonTokenCommandPerDemoPerson(@TempDir Path dataDir) {
        Path file = dataDir.resolve("credentials.json");
        StackCredentials credentials = StackCredentials.readOrCreate(file, URI.create("http://localhost:8081/oauth2/token"))
                .withPerson(new PersonCredentials("koordinaattori@demo.osaava.fi", "pw-1_abc", "coordinator",
                        List.of("COORDINATOR")))
                .withPerson(new PersonCredentials("osaamiskehittaja@pohjois-savo.demo.osaava.fi", "pw-2_def",
                        "Pohjois-Savon hyvinvointialue", List.of("MEMBER")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StackBanner.printTokens(new PrintStream(bytes, true, StandardCharsets.UTF_8), credentials,
                DemoData.fromClasspath(), file);

        String banner = bytes.toString(StandardCharsets.UTF_8);
        assertThat(banner.lines().map(String::strip).toList()).contains(
                "PERSON_TOKEN=$(infra/local-stack/person-token.sh --credentials " + file + " koordinaattori@demo.osaava.fi"
                        + " http://localhost:8081)",
                "PERSON_TOKEN=$(infra/local-stack/person-token.sh --credentials " + file
                        + " osaamiskehittaja@pohjois-savo.demo.osaava.fi http://localhost:8081)");
        assertThat(banner).doesNotContain("pw-1_abc", "pw-2_def", credentials.coordinator().clientSecret());
        assertThat(banner).contains("koordinaattori@demo.osaava.fi (coordinator, COORDINATOR)",
                "(Pohjois-Savon hyvinvointialue, MEMBER)");
    }

    @Test
    void everyServiceTrustsMembershipAsIssuerAndMembershipGetsTheCoordinatorAndThePortalClient() {
        StackCredentials credentials = new StackCredentials(URI.create("http://localhost:8081/oauth2/token"),
                new ClientCredentials("coordinator", "generated"), new ClientCredentials("osaava-portal", "generated-too"),
                java.util.Map.of(), List.of());

        assertThat(ServiceCommands.securityArguments(Service.MEMBERSHIP, "http://localhost:8081", credentials)).containsExactly(
                "--osaava.security.issuer=http://localhost:8081",
                "--osaava.identity.issuer=http://localhost:8081",
                "--osaava.identity.coordinator.client-id=coordinator",
                "--osaava.identity.portal-client.client-id=osaava-portal");
        assertThat(ServiceCommands.secretEnvironment(Service.MEMBERSHIP, credentials)).containsOnly(
                java.util.Map.entry("OSAAVA_IDENTITY_COORDINATOR_CLIENT_SECRET", "generated"),
                java.util.Map.entry("OSAAVA_IDENTITY_PORTAL_CLIENT_CLIENT_SECRET", "generated-too"));
        for (Service service : List.of(Service.CATALOGUE, Service.NEEDS, Service.NOTIFICATION)) {
            assertThat(ServiceCommands.securityArguments(service, "http://localhost:8081", credentials))
                    .containsExactly("--osaava.security.issuer=http://localhost:8081");
            assertThat(ServiceCommands.secretEnvironment(service, credentials)).isEmpty();
        }
        assertThat(StackSettings.defaults().withDataDir(Path.of("/tmp/x")).credentialsFile())
                .isEqualTo(Path.of("/tmp/x/credentials.json"));
    }

    private static Path writeStackFiles(Path dataDir) throws IOException {
        Files.createDirectories(dataDir.resolve("logs"));
        Files.writeString(dataDir.resolve("mongo.mv"), "h2");
        Files.writeString(dataDir.resolve("demo-ids.json"), "{}");
        StackCredentials.readOrCreate(dataDir.resolve("credentials.json"), URI.create("http://localhost:8081/oauth2/token"));
        Files.writeString(dataDir.resolve("logs/needs-service.log"), "log");
        Files.writeString(dataDir.resolve("logs/greenmail.log"), "log");
        return dataDir;
    }
}
