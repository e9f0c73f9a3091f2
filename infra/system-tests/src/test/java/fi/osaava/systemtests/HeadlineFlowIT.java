package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.osaava.contracts.EventContracts;
import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.PersonLogin;
import fi.osaava.localstack.Service;
import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The headline flow over the whole running system, as the README documents it: the local stack
 * (Kafka broker, MongoDB-wire store, SMTP server, the four services as separate processes) with
 * the demo data, driven only through HTTP, Kafka and the mail server. The system is shared with the
 * other system tests ({@link RunningSystem}); mails and deliveries are told apart by the headline need.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSystem.Resolver.class)
class HeadlineFlowIT {

    static final String NEEDS_TOPIC = "needs.competence-needs.v1";
    static final String NEED_PUBLISHED = "fi.osaava.needs.competence-need.published.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HEADLINE_SUBJECT = "Uusi osaamistarve: Lääkehoidon turvallisuus kotihoidossa";

    static LocalStack stack;
    static StackClient client;
    static Topics topics;
    static DemoData demo;
    static DemoIds ids;
    static String headlineNeedId;

    @BeforeAll
    static void theWholeSystemIsRunning(RunningSystem system) {
        stack = system.stack();
        client = system.client();
        topics = new Topics(stack.kafkaBootstrapServers());
        demo = system.demo();
        ids = system.ids();
    }

    @Test
    @Order(1)
    void aNewNeedAlertsExactlyTheMatchingProvidersAndProducers() {
        JsonNode need = client.post(Service.NEEDS, "/api/needs?publish=true", demo.headlineNeedRequest(ids).toString(),
                reporterToken());
        assertThat(need.get("reportingOrganisationId").asString())
                .isEqualTo(ids.organisationId(demo.headlineReporter()).orElseThrow());
        headlineNeedId = need.get("id").asString();

        // exactly what the banner promises (LocalStackMain prints these same lists and subjects)
        Map<String, String> alerted = demo.headlineAlerted();
        Map.Entry<String, String> reporter = demo.headlineReporterAlerted();
        assertThat(alerted.keySet()).contains("Savonia-ammattikorkeakoulu", "Savon ammattiopisto");
        assertThat(demo.headlineNotAlerted().keySet()).contains("Itä-Suomen yliopisto", "Tampereen ammattikorkeakoulu")
                .doesNotContain(reporter.getKey());
        assertThat(reporter.getKey()).isEqualTo(demo.headlineReporter());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            alerted.values().forEach(email -> assertThat(subjectsAbout(email)).as("headline mails to " + email)
                    .containsExactly(demo.headlineAlertSubject()));
            assertThat(subjectsAbout(reporter.getValue())).as("headline mails to the reporter " + reporter.getValue())
                    .containsExactly(demo.headlineCoveredSubject());
        });

        // the delivery log has exactly one SENT publication alert per alerted organisation and nobody else
        JsonNode log = client.get(Service.NOTIFICATION, "/api/deliveries?needId=" + headlineNeedId);
        List<JsonNode> published = ofTopic(log, "NEED_PUBLISHED");
        assertThat(emails(published)).containsExactlyInAnyOrderElementsOf(alerted.values());
        published.forEach(delivery -> assertThat(delivery.get("status").asString()).isEqualTo("SENT"));
        // the demo offering the banner names covers the need at once: its reporter hears of it, nobody else
        assertThat(ofTopic(client.get(Service.NOTIFICATION, "/api/deliveries?needId=" + headlineNeedId), "NEED_COVERED"))
                .singleElement().satisfies(covered -> {
                    assertThat(covered.get("role").asString()).isEqualTo("REPORTER");
                    assertThat(covered.get("email").asString()).isEqualTo(reporter.getValue());
                });
        JsonNode coveredBy = client.get(Service.NEEDS, "/api/needs/" + headlineNeedId + "/coverage", reporterToken());
        assertThat(coveredBy.path("coveringOfferings").findValuesAsString("title")).contains(demo.headlineCoveredBy());
        assertThat(coveredBy.path("coveringOfferings").findValuesAsString("providerOrganisationId"))
                .contains(ids.organisationId(demo.headlineCoveringProvider()).orElseThrow());
        demo.headlineNotAlerted().values().forEach(email ->
                assertThat(subjectsAbout(email)).as("headline mails to " + email).isEmpty());

        ConsumerRecord<String, byte[]> record = topics.find(NEEDS_TOPIC, r -> headlineNeedId.equals(r.key()), Duration.ofSeconds(10));
        EventContracts.assertConforms(NEED_PUBLISHED, new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    @Order(2)
    void realTokensDecideWhoMayDoWhat() {
        String need = demo.headlineNeedRequest(ids).toString();
        String provider = stack.tokenFor(ids.clientCredentials("Savonia-ammattikorkeakoulu").orElseThrow());

        assertThat(client.status(Service.NEEDS, "POST", "/api/needs", need, "")).isEqualTo(401);
        assertThat(client.status(Service.NEEDS, "POST", "/api/needs", need, "forged.token.value")).isEqualTo(401);
        assertThat(client.status(Service.NOTIFICATION, "GET", "/api/deliveries", "", provider)).isEqualTo(403);
        assertThat(client.status(Service.NEEDS, "POST", "/api/needs/" + headlineNeedId + "/publish", "", provider))
                .isEqualTo(404);
        assertThat(client.status(Service.CATALOGUE, "GET", "/api/offerings", "", "")).isEqualTo(200);
    }

    @Test
    @Order(3)
    void theSameEventDeliveredAgainSendsNoSecondMail() {
        ConsumerRecord<String, byte[]> original = topics.find(NEEDS_TOPIC, r -> headlineNeedId.equals(r.key()), Duration.ofSeconds(10));
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(NEEDS_TOPIC, original.key(), original.value());
        for (Header header : original.headers()) {
            again.headers().add(header);
        }
        RecordMetadata sent = topics.send(again);

        // the needs topic has several partitions: once notification-service's group is past the copy on its
        // partition, the copy was handled (and sent nothing, as the counts below show)
        topics.awaitConsumed("notification-service", sent, Duration.ofSeconds(30));
        // and a later need's alert going out gives a wrongly recorded second delivery the time to be mailed
        String marker = publishChildProtectionNeed();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                client.get(Service.NOTIFICATION, "/api/deliveries?needId=" + marker).size() > 0);
        demo.headlineAlerted().values().forEach(email ->
                assertThat(headlineMailsTo(email)).as("headline mails to " + email).hasSize(1));
        assertThat(ofTopic(client.get(Service.NOTIFICATION, "/api/deliveries?needId=" + headlineNeedId), "NEED_PUBLISHED"))
                .hasSize(demo.headlineAlerted().size());
    }

    @Test
    @Order(4)
    void aPoisonEventLandsInTheDeadLetterTopicWithItsReasonAndTheFlowContinues() {
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(NEEDS_TOPIC, "poison",
                "{\"needId\": \"poison\", this is not JSON".getBytes(StandardCharsets.UTF_8));
        header(poison, "ce_id", "poison-1");
        header(poison, "ce_type", NEED_PUBLISHED);
        header(poison, "ce_source", "/osaava/system-test");
        header(poison, "ce_specversion", "1.0");
        header(poison, "ce_time", "2026-11-23T10:00:00Z");
        topics.send(poison);

        ConsumerRecord<String, byte[]> dead = topics.find("notification.dead-letters.v1",
                r -> "poison".equals(r.key()), Duration.ofSeconds(30));
        assertThat(headerOf(dead, "x-exception-message")).contains("body is not a readable JSON");
        assertThat(headerOf(dead, "x-original-topic")).isEqualTo(NEEDS_TOPIC);

        String next = publishChildProtectionNeed();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                client.get(Service.NOTIFICATION, "/api/deliveries?needId=" + next).size() > 0);
    }

    @Test
    @Order(5)
    void eachDemoPersonLogsInWithTheStoredPasswordAndGetsTheirOrganisationAndRoles() {
        List<PersonCredentials> people = ids.credentials().people();
        assertThat(people).extracting(PersonCredentials::organisation)
                .containsExactly(DemoData.COORDINATOR_ORGANISATION, demo.headlineReporter(), demo.headlineAlertedProvider(),
                        "Kotihoito Kallavesi Oy (demo)");
        PersonLogin login = new PersonLogin(stack.serviceUrl(Service.MEMBERSHIP));

        for (PersonCredentials person : people) {
            JsonNode claims = claims(login.accessToken(person.username(), person.password()));

            String organisationId = DemoData.COORDINATOR_ORGANISATION.equals(person.organisation())
                    ? DemoData.COORDINATOR_ORGANISATION : ids.organisationId(person.organisation()).orElseThrow();
            assertThat(claims.get("sub").asString()).as("the user id, never the e-mail address")
                    .matches("[0-9a-f-]{36}");
            assertThat(claims.get("client_id").asString()).isEqualTo(PersonLogin.CLIENT_ID);
            assertThat(claims.get("org").asString()).as(person.username()).isEqualTo(organisationId);
            assertThat(texts(claims.get("roles"))).as(person.username()).containsExactlyElementsOf(person.roles());
        }
        assertThat(people.get(0).roles()).containsExactly("COORDINATOR");
        assertThat(people.get(1).roles()).containsExactly("MEMBER");
    }

    @Test
    @Order(6)
    void aPersonsTokenWorksOnTheApisAsThatPersonsOrganisation() {
        PersonLogin login = new PersonLogin(stack.serviceUrl(Service.MEMBERSHIP));
        PersonCredentials reporter = ids.credentials().people().stream()
                .filter(p -> p.organisation().equals(demo.headlineReporter())).findFirst().orElseThrow();
        String token = login.accessToken(reporter.username(), reporter.password());
        String reporterId = ids.organisationId(demo.headlineReporter()).orElseThrow();

        JsonNode me = client.get(Service.MEMBERSHIP, "/api/me", token);
        assertThat(me.get("person").asBoolean()).isTrue();
        assertThat(me.get("subject").asString()).matches("[0-9a-f-]{36}");
        assertThat(me.get("organisationId").asString()).isEqualTo(reporterId);
        String body = demo.headlineNeedRequest(ids).toString().replace("Lääkehoidon turvallisuus kotihoidossa",
                "Ihmisen kirjaama luonnos");
        JsonNode draft = client.post(Service.NEEDS, "/api/needs", body, token);
        assertThat(draft.get("reportingOrganisationId").asString()).isEqualTo(reporterId);
        assertThat(client.get(Service.NEEDS, "/api/needs/" + draft.get("id").asString(), token).get("title").asString())
                .isEqualTo("Ihmisen kirjaama luonnos");
        assertThat(client.status(Service.NOTIFICATION, "GET", "/api/deliveries", "", token)).isEqualTo(403);

        PersonCredentials staff = ids.credentials().people().get(0);
        String coordinatorToken = login.accessToken(staff.username(), staff.password());
        assertThat(client.status(Service.NOTIFICATION, "GET", "/api/deliveries", "", coordinatorToken)).isEqualTo(200);
    }

    /**
     * The ownership matrix: organisation A's real token against every write endpoint of organisation B's
     * objects in every service. All refused (404 where the object is B's, 403 where only the coordinator
     * may), and B's objects are as they were. A body that names another owner or a status has no effect.
     */
    @Test
    @Order(8)
    void anotherOrganisationsTokenChangesNothingOfBsAnywhere() {
        String b = ids.organisationId(demo.headlineReporter()).orElseThrow();
        String tokenB = stack.tokenFor(ids.clientCredentials(demo.headlineReporter()).orElseThrow());
        String tokenA = stack.tokenFor(ids.clientCredentials("Savonia-ammattikorkeakoulu").orElseThrow());
        String offeringBody = """
                {"titles": {"fi": "B:n luonnos"}, "category": "CHANGE_SUPPORT", "targetGroups": ["SUPERVISORS"],
                 "competenceAreas": ["change-management"], "regions": ["11"],
                 "delivery": {"mode": "ONLINE"}, "startsAt": "2027-03-01T08:00:00Z", "endsAt": "2027-03-01T12:00:00Z",
                 "pricing": {"kind": "FREE"}, "teachingLanguages": ["fi"]}""";
        String offering = client.post(Service.CATALOGUE, "/api/offerings", offeringBody, tokenB).get("id").asString();
        String need = client.post(Service.NEEDS, "/api/needs", demo.headlineNeedRequest(ids).toString()
                .replace("Lääkehoidon turvallisuus kotihoidossa", "B:n tarveluonnos"), tokenB).get("id").asString();
        String topicBody = """
                {"title": "B:n opinnäytetyöaihe", "description": "Aihe", "field": "NURSING",
                 "degreeLevels": ["UAS_BACHELOR"], "regions": ["11"], "language": "fi",
                 "contact": {"name": "B Yhteyshenkilö", "email": "yhteys@b.demo.osaava.fi"}}""";
        String topic = client.post(Service.CATALOGUE, "/api/thesis-topics", topicBody, tokenB).get("id").asString();
        String networkBody = """
                {"name": "B:n verkosto", "kind": "EXPERT", "description": "Verkosto", "howToJoin": "Kysy",
                 "competenceAreas": ["documentation"], "regions": ["11"], "language": "fi",
                 "contact": {"name": "B Yhteyshenkilö", "email": "yhteys@b.demo.osaava.fi"}}""";
        String network = client.post(Service.CATALOGUE, "/api/networks", networkBody, tokenB).get("id").asString();
        String contactBody = """
                {"name": "B Yhteyshenkilö", "email": "yhteys@b.demo.osaava.fi", "language": "fi",
                 "listed": false, "receivesAlerts": false}""";
        String contact = client.post(Service.MEMBERSHIP, "/api/organisations/" + b + "/contacts", contactBody, tokenB)
                .get("id").asString();

        Object[][] attempts = {
                {Service.CATALOGUE, "POST", "/api/offerings/" + offering + "/publish", "", 404},
                {Service.CATALOGUE, "POST", "/api/offerings/" + offering + "/withdraw", "{\"reason\": \"x\"}", 404},
                {Service.CATALOGUE, "PUT", "/api/offerings/" + offering, offeringBody.replace("B:n", "A:n"), 404},
                {Service.NEEDS, "POST", "/api/needs/" + need + "/publish", "", 404},
                {Service.CATALOGUE, "PUT", "/api/thesis-topics/" + topic, topicBody.replace("B:n", "A:n"), 404},
                {Service.CATALOGUE, "POST", "/api/thesis-topics/" + topic + "/status", "{\"status\": \"CLOSED\"}", 404},
                {Service.CATALOGUE, "PUT", "/api/networks/" + network, networkBody.replace("B:n", "A:n"), 404},
                {Service.CATALOGUE, "POST", "/api/networks/" + network + "/close", "", 404},
                {Service.MEMBERSHIP, "POST", "/api/organisations/" + b + "/contacts",
                        contactBody.replace("yhteys@", "toinen@"), 404},
                {Service.MEMBERSHIP, "DELETE", "/api/organisations/" + b + "/contacts/" + contact, "", 404},
                {Service.MEMBERSHIP, "POST", "/api/organisations/" + b + "/clients", "", 403},
                {Service.MEMBERSHIP, "POST", "/api/organisations/" + b + "/users",
                        "{\"email\": \"a@b.demo.osaava.fi\", \"roles\": [\"MEMBER\"]}", 403},
                {Service.CATALOGUE, "POST", "/api/feeds/" + b + "/credentials", "", 403},
                {Service.MEMBERSHIP, "POST", "/api/organisations", "{}", 403}};
        for (Object[] attempt : attempts) {
            assertThat(client.status((Service) attempt[0], (String) attempt[1], (String) attempt[2], (String) attempt[3],
                    tokenA)).as(attempt[1] + " " + attempt[2]).isEqualTo(attempt[4]);
        }

        JsonNode offeringNow = client.get(Service.CATALOGUE, "/api/offerings/" + offering, tokenB);
        assertThat(offeringNow.get("status").asString()).isEqualTo("DRAFT");
        assertThat(offeringNow.get("title").asString()).isEqualTo("B:n luonnos");
        assertThat(client.get(Service.NEEDS, "/api/needs/" + need, tokenB).get("status").asString()).isEqualTo("DRAFT");
        JsonNode topicNow = client.get(Service.CATALOGUE, "/api/thesis-topics/" + topic, tokenB);
        assertThat(topicNow.get("status").asString()).isEqualTo("OPEN");
        assertThat(topicNow.get("title").asString()).isEqualTo("B:n opinnäytetyöaihe");
        JsonNode networkNow = client.get(Service.CATALOGUE, "/api/networks/" + network, tokenB);
        assertThat(networkNow.get("active").asBoolean()).isTrue();
        assertThat(networkNow.get("name").asString()).isEqualTo("B:n verkosto");
        assertThat(client.get(Service.MEMBERSHIP, "/api/organisations/" + b + "/contacts", tokenB).toString())
                .contains(contact).doesNotContain("toinen@");

        JsonNode assigned = client.post(Service.CATALOGUE, "/api/offerings", """
                {"titles": {"fi": "A:n tarjous"}, "category": "CHANGE_SUPPORT", "targetGroups": ["STAFF"],
                 "competenceAreas": ["documentation"], "regions": ["11"],
                 "delivery": {"mode": "ONLINE"}, "startsAt": "2027-03-01T08:00:00Z", "endsAt": "2027-03-01T12:00:00Z",
                 "pricing": {"kind": "FREE"}, "teachingLanguages": ["fi"],
                 "providerOrganisationId": "%s", "status": "PUBLISHED", "id": "chosen-id"}""".formatted(b), tokenA);
        assertThat(assigned.get("providerOrganisationId").asString()).as("mass assignment of the owner")
                .isEqualTo(ids.organisationId("Savonia-ammattikorkeakoulu").orElseThrow());
        assertThat(assigned.get("status").asString()).isEqualTo("DRAFT");
        assertThat(assigned.get("id").asString()).isNotEqualTo("chosen-id");
    }

    /** The banner's person-token.sh line, pasted into a shell at the repository root, gets a person's token. */
    @Test
    @Order(7)
    void theBannersPersonTokenCommandWorksInAShell() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        assumeTrue(Files.isRegularFile(root.resolve(PersonLogin.SCRIPT)) && Files.isExecutable(Path.of("/bin/bash"))
                && onPath("curl") && onPath("openssl") && onPath("sed") && onPath("python3"),
                "needs the script, bash, curl, openssl, sed and python3");
        PersonCredentials reporter = ids.credentials().people().get(1);
        String command = PersonLogin.shellCommand("PERSON_TOKEN", stack.serviceUrl(Service.MEMBERSHIP),
                stack.settings().credentialsFile().toAbsolutePath(), reporter);
        assertThat(command).doesNotContain(reporter.password());

        Shell ok = bash(root, "set -e\n" + command + "\nprintf '%s' \"$PERSON_TOKEN\"");
        assertThat(ok.exit()).as(ok.err()).isZero();
        JsonNode me = client.get(Service.MEMBERSHIP, "/api/me", ok.out());
        assertThat(me.get("subject").asString()).matches("[0-9a-f-]{36}");
        assertThat(me.get("person").asBoolean()).isTrue();

        // and the banner's client lines: the coordinator's token from credentials.json, no secret on the line
        String coordinator = fi.osaava.localstack.Tokens.shellCommand("COORDINATOR_TOKEN",
                stack.settings().credentialsFile().toAbsolutePath(), "coordinator");
        assertThat(coordinator).doesNotContain(ids.credentials().coordinator().clientSecret());
        Shell asCoordinator = bash(root, "set -e\n" + coordinator + "\nprintf '%s' \"$COORDINATOR_TOKEN\"");
        assertThat(asCoordinator.exit()).as(asCoordinator.err()).isZero();
        assertThat(client.get(Service.NOTIFICATION, "/api/deliveries?needId=" + headlineNeedId, asCoordinator.out()).size())
                .isPositive();

        Shell refused = bash(root, "OSAAVA_PASSWORD='not-the-password' " + PersonLogin.SCRIPT + " " + reporter.username()
                + " " + stack.serviceUrl(Service.MEMBERSHIP));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("login refused");
    }

    private record Shell(int exit, String out, String err) {
    }

    private static Shell bash(Path dir, String script) throws Exception {
        Process bash = new ProcessBuilder("/bin/bash", "-c", script).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Shell(bash.waitFor(), out, err);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** The claims of a JWT, read without checking the signature: the services check it. */
    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    /** A need in Pohjois-Savo that only the producer interested in child protection should hear about. */
    private static String publishChildProtectionNeed() {
        String body = demo.headlineNeedRequest(ids).toString()
                .replace("medication-safety", "child-protection")
                .replace("Lääkehoidon turvallisuus kotihoidossa", "Lastensuojelun perehdytys");
        return client.post(Service.NEEDS, "/api/needs?publish=true", body, reporterToken()).get("id").asString();
    }

    /** A real token of the headline need's reporter, from membership-service's authorization server. */
    private static String reporterToken() {
        return stack.tokenFor(ids.clientCredentials(demo.headlineReporter()).orElseThrow());
    }

    /** Mails about the headline need only: the demo needs loaded at start alert some of the same mailboxes. */
    /** The subjects of the mails to {@code email} that are about the headline need (its title), in any order. */
    private static List<String> subjectsAbout(String email) {
        String title = demo.headlineNeedRequest(ids).path("title").asText();
        List<String> subjects = new ArrayList<>();
        client.mailsTo(email).forEach(mail -> {
            String subject = mail.get("subject").asString();
            if (subject.endsWith(": " + title)) {
                subjects.add(subject);
            }
        });
        return subjects;
    }

    private static List<JsonNode> headlineMailsTo(String email) {
        List<JsonNode> mails = new ArrayList<>();
        client.mailsTo(email).forEach(mail -> {
            if (HEADLINE_SUBJECT.equals(mail.get("subject").asString())) {
                mails.add(mail);
            }
        });
        return mails;
    }

    private static List<JsonNode> ofTopic(JsonNode deliveries, String topic) {
        List<JsonNode> found = new ArrayList<>();
        deliveries.forEach(d -> {
            if (topic.equals(d.path("topic").asString())) {
                found.add(d);
            }
        });
        return found;
    }

    private static List<String> emails(Iterable<JsonNode> deliveries) {
        List<String> emails = new ArrayList<>();
        deliveries.forEach(d -> emails.add(d.get("email").asString()));
        return emails;
    }

    /**
     * The catalogue's demo data as the banner's searches show it: thesis topics and networks anonymously
     * (contact persons only with a token), offerings in all four categories and both target groups, and
     * the funded offering's seats as the demo pre-registrations booked them.
     */
    @Test
    @Order(9)
    void theDemoCatalogueIsSearchableAnonymouslyAndTheFundedOfferingHasItsPreRegistrations() throws Exception {
        JsonNode data = JSON.readTree(demo.json().toString());
        String token = stack.tokenFor(ids.clientCredentials("Savonia-ammattikorkeakoulu").orElseThrow());

        JsonNode topics = anonymousGet("/api/thesis-topics?size=100").get("items");
        List<String> topicTitles = new ArrayList<>();
        topics.forEach(topic -> {
            topicTitles.add(topic.get("title").asString());
            assertThat(topic.hasNonNull("contact")).as("anonymous contact of " + topic.get("title")).isFalse();
        });
        data.get("thesisTopics").forEach(topic -> assertThat(topicTitles).contains(topic.get("title").asString()));
        assertThat(ids.thesisTopics()).hasSize(data.get("thesisTopics").size());
        JsonNode found = anonymousGet("/api/thesis-topics?q=" + encode("lääkepoikkeamien")).get("items");
        assertThat(found.size()).isPositive();
        assertThat(found.get(0).get("title").asString()).isEqualTo("Lääkepoikkeamien ilmoittaminen ja käsittely kotihoidossa");
        String topicId = ids.thesisTopics().get("Lääkepoikkeamien ilmoittaminen ja käsittely kotihoidossa");
        assertThat(client.get(Service.CATALOGUE, "/api/thesis-topics/" + topicId, token).get("contact").get("email").asString())
                .isEqualTo("sanna.demo@pohjois-savo.demo.osaava.fi");

        JsonNode networks = anonymousGet("/api/networks?size=100").get("items");
        List<String> networkNames = new ArrayList<>();
        networks.forEach(network -> {
            networkNames.add(network.get("name").asString());
            assertThat(network.hasNonNull("contact")).as("anonymous contact of " + network.get("name")).isFalse();
        });
        data.get("networks").forEach(network -> assertThat(networkNames).contains(network.get("name").asString()));
        JsonNode experts = anonymousGet("/api/networks?kind=EXPERT&q=" + encode("lääkehoidon")).get("items");
        assertThat(experts.size()).isPositive();
        assertThat(experts.get(0).get("name").asString()).isEqualTo("Lääkehoidon turvallisuuden asiantuntijaverkosto");
        assertThat(anonymousGet("/api/networks?kind=SUPERVISOR&region=11").get("items").size()).isPositive();

        JsonNode facets = anonymousGet("/api/offerings/search?size=1").get("facets");
        for (String category : List.of("FREE_TRAINING_WEBINAR_TOOL", "PROVIDER_TRAINING", "CHANGE_SUPPORT", "PROJECT_EVENT")) {
            assertThat(facets.get("category").path(category).asLong()).as("offerings in " + category).isPositive();
        }
        for (String targetGroup : List.of("STAFF", "SUPERVISORS")) {
            assertThat(facets.get("targetGroup").path(targetGroup).asLong()).as("offerings for " + targetGroup).isPositive();
        }
        assertThat(anonymousGet("/api/offerings/search?q=" + encode("lääkehoidon")).get("total").asLong()).isPositive();

        int reserved = 0;
        int committed = 0;
        String fundedTitle = null;
        for (JsonNode preRegistration : data.get("preRegistrations")) {
            fundedTitle = preRegistration.get("offering").asString();
            reserved += preRegistration.get("seats").asInt();
            committed += preRegistration.path("commit").asBoolean() ? preRegistration.get("seats").asInt() : 0;
        }
        assertThat(ids.preRegistrations()).hasSize(data.get("preRegistrations").size());
        String funded = ids.offerings().get(fundedTitle);
        JsonNode seats = client.get(Service.CATALOGUE, "/api/offerings/" + funded + "/seats", token);
        assertThat(seats.get("reservedSeats").asInt()).isEqualTo(reserved);
        assertThat(seats.get("committedSeats").asInt()).isEqualTo(committed).isPositive();
        assertThat(seats.get("freeSeats").asInt()).isEqualTo(seats.get("capacity").asInt() - reserved);
        assertThat(client.status(Service.CATALOGUE, "GET", "/api/offerings/" + funded + "/seats", "", "")).isEqualTo(401);
    }

    private static JsonNode anonymousGet(String path) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(stack.serviceUrl(Service.CATALOGUE).resolve(path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String query) {
        return java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String headerOf(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
