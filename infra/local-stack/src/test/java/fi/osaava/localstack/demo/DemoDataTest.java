package fi.osaava.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.StackCredentials;

class DemoDataTest {

    private static final Set<String> AREAS = Set.of("medication-safety", "infection-prevention", "gerontological-care",
            "mental-health-substance-abuse", "child-protection", "rehabilitation", "emergency-care", "documentation",
            "client-information-systems", "client-patient-safety", "ethics-legislation", "multiprofessional-work",
            "leadership-change-management", "service-design", "wellbeing-at-work");
    private static final Set<String> TYPES = Set.of("WELLBEING_SERVICES_COUNTY", "UNIVERSITY",
            "UNIVERSITY_OF_APPLIED_SCIENCES", "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER", "SERVICE_PRODUCER",
            "NGO", "AUTHORITY", "FUNDER", "UNION", "OTHER");
    private static final Set<String> EDUCATION_PROVIDERS = Set.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");
    private static final Set<String> REGIONS = Set.of("11", "06");

    /** username:initial password of each first login; the fake has no login form, so the first login is this */
    private final List<String> firstLogins = new CopyOnWriteArrayList<>();
    private final DemoData demo = DemoData.fromClasspath().withFirstLogin((membership, username, initial) -> {
        firstLogins.add(username + ":" + initial);
        return "changed-" + initial;
    });
    private final JsonNode json = demo.json();
    private final ObjectMapper mapper = new ObjectMapper();
    private FakeServices services;

    @AfterEach
    void stopFake() {
        if (services != null) {
            services.server.stop(0);
        }
    }

    // ---- the data itself

    @Test
    void businessIdsAreFromTheDemoRangeWithACorrectCheckDigitAndUnique() {
        Set<String> seen = new HashSet<>();
        for (JsonNode organisation : json.path("organisations")) {
            String businessId = organisation.path("businessId").asText();
            assertThat(businessId).as(organisation.path("name").asText()).matches("00000\\d\\d-\\d");
            assertThat(checkDigit(businessId.substring(0, 7))).as(businessId).isEqualTo(businessId.charAt(8) - '0');
            assertThat(seen.add(businessId)).as("unique " + businessId).isTrue();
        }
        assertThat(checkDigit("0000001")).isEqualTo(9); // the worked example
    }

    @Test
    void organisationsUseOnlyKnownCodesAndDemoAddresses() {
        Pattern email = Pattern.compile("[a-z0-9.-]+@([a-z0-9-]+\\.)?demo\\.osaava\\.fi");
        for (JsonNode organisation : json.path("organisations")) {
            String name = organisation.path("name").asText();
            assertThat(TYPES).as(name).contains(organisation.path("type").asText());
            assertThat(Set.of("CORE", "MIDDLE", "OUTER")).as(name).contains(organisation.path("ring").asText());
            assertThat(texts(organisation.path("regions"))).as(name).isNotEmpty().allMatch(REGIONS::contains);
            assertThat(texts(organisation.path("competenceAreasOffered"))).as(name).allMatch(AREAS::contains);
            assertThat(texts(organisation.path("competenceAreasOfInterest"))).as(name).allMatch(AREAS::contains);
            assertThat(texts(organisation.path("targetGroups"))).as(name).allMatch(Set.of("STAFF", "SUPERVISORS")::contains);
            assertThat(organisation.path("contactEmail").asText()).as(name).matches(email);
            assertThat(organisation.path("demo").asBoolean()).as(name).isTrue();
        }
        assertThat(demo.organisationCount()).isEqualTo(16);
    }

    @Test
    void offeringsAndNeedsReferToKnownOrganisationsAndCodes() {
        List<String> refs = demo.refs();
        Set<String> categories = new HashSet<>();
        for (JsonNode offering : json.path("offerings")) {
            assertThat(refs).contains(offering.path("provider").asText());
            assertThat(texts(offering.path("competenceAreas"))).isNotEmpty().allMatch(AREAS::contains);
            assertThat(texts(offering.path("regions"))).isNotEmpty().allMatch(REGIONS::contains);
            assertThat(texts(offering.path("targetGroups"))).isNotEmpty();
            categories.add(offering.path("category").asText());
        }
        assertThat(categories).containsExactlyInAnyOrder("FREE_TRAINING_WEBINAR_TOOL", "PROVIDER_TRAINING",
                "CHANGE_SUPPORT", "PROJECT_EVENT");
        Set<String> targetGroups = new HashSet<>();
        json.path("offerings").forEach(o -> targetGroups.addAll(texts(o.path("targetGroups"))));
        assertThat(targetGroups).containsExactlyInAnyOrder("STAFF", "SUPERVISORS");
    }

    /**
     * The demo needs: both regions, every horizon and both target groups, reported by the counties and
     * some service producers, in the vocabulary's codes; endorsed and answered by other demo organisations
     * (answers by education providers), prioritised with a reason.
     */
    @Test
    void demoNeedsSpanRegionsHorizonsAndTargetGroupsAndAreEndorsedAnsweredAndPrioritisedByOthers() throws IOException {
        Set<String> vocabulary = vocabulary();
        Set<String> titles = new HashSet<>(Set.of(json.path("headline").path("need").path("title").asText()));
        Set<String> horizons = new HashSet<>();
        Set<String> targetGroups = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> reporterTypes = new HashSet<>();
        int endorsements = 0;
        int plans = 0;
        int priorities = 0;
        for (JsonNode need : json.path("needs")) {
            String title = need.path("title").asText();
            String reporter = need.path("reportingOrganisation").asText();
            assertThat(titles.add(title)).as("a unique title, not the headline's: %s", title).isTrue();
            assertThat(demo.refs()).as(title).contains(reporter);
            reporterTypes.add(organisation(reporter).path("type").asText());
            assertThat(texts(organisation(reporter).path("regions"))).as(title).contains(need.path("region").asText());
            // in the vocabulary, and nothing about medication so that the headline command's mails are easy to tell apart
            assertThat(texts(need.path("competenceAreas"))).as(title).isNotEmpty().allMatch(vocabulary::contains)
                    .noneMatch(area -> area.startsWith("medication") || area.startsWith("pharmaco"));
            assertThat(need.path("estimatedLearners").asInt()).as(title).isPositive();
            assertThat(need.path("description").asText()).as(title).isNotBlank();
            if (need.has("earliestStart") && need.has("latestStart")) {
                assertThat(need.path("earliestStart").asText()).as(title).isLessThan(need.path("latestStart").asText());
            }
            horizons.add(need.path("horizon").asText());
            targetGroups.add(need.path("targetGroup").asText());
            regions.add(need.path("region").asText());
            Set<String> endorsers = new HashSet<>();
            for (JsonNode endorsement : need.path("endorsements")) {
                String endorser = endorsement.path("organisation").asText();
                assertThat(demo.refs()).as(title).contains(endorser);
                assertThat(endorser).as(title).isNotEqualTo(reporter);
                assertThat(endorsers.add(endorser)).as("one endorsement per organisation: %s", title).isTrue();
                assertThat(endorsement.path("learners").asInt()).as(title).isPositive();
                assertThat(endorsement.path("comment").asText()).as(title).isNotBlank();
                endorsements++;
            }
            for (JsonNode answer : need.path("answers")) {
                String provider = answer.path("organisation").asText();
                assertThat(demo.refs()).as(title).contains(provider);
                assertThat(provider).as(title).isNotEqualTo(reporter);
                assertThat(EDUCATION_PROVIDERS).as(title).contains(organisation(provider).path("type").asText());
                assertThat(answer.path("kind").asText()).as(title).isEqualTo("PLAN"); // an OFFERING answer needs its id
                assertThat(java.time.LocalDate.parse(answer.path("expectedStart").asText())).as(title)
                        .isAfter(java.time.LocalDate.parse("2026-11-23"));
                assertThat(answer.path("message").asText()).as(title).isNotBlank();
                plans++;
            }
            if (need.has("priority")) {
                assertThat(need.path("priority").path("priority").asText()).as(title).isIn("HIGH", "MEDIUM", "LOW");
                assertThat(need.path("priority").path("reason").asText()).as(title).isNotBlank();
                priorities++;
            }
        }
        assertThat(demo.needCount()).isGreaterThanOrEqualTo(8);
        assertThat(horizons).containsExactlyInAnyOrder("NOW", "WITHIN_A_YEAR", "ONE_TO_THREE_YEARS", "THREE_TO_FIVE_YEARS");
        assertThat(targetGroups).containsExactlyInAnyOrder("STAFF", "SUPERVISORS");
        assertThat(regions).containsExactlyInAnyOrder("11", "06");
        assertThat(reporterTypes).containsExactlyInAnyOrder("WELLBEING_SERVICES_COUNTY", "SERVICE_PRODUCER");
        assertThat(endorsements).isGreaterThanOrEqualTo(5);
        assertThat(plans).isPositive();
        assertThat(priorities).isGreaterThanOrEqualTo(3);
    }

    /** Every current code of the shipped competence vocabulary (contracts' reference data). */
    private Set<String> vocabulary() throws IOException {
        Set<String> codes = new HashSet<>();
        try (java.io.InputStream in = getClass().getClassLoader()
                .getResourceAsStream("reference/competence-vocabulary.v2.json")) {
            assertThat(in).as("the vocabulary on the test classpath").isNotNull();
            for (JsonNode concept : mapper.readTree(in).path("concepts")) {
                if (!concept.path("deprecated").asBoolean()) {
                    codes.add(concept.path("code").asText());
                }
            }
        }
        return codes;
    }

    /** The complete offering: the rules catalogue-service checks, and dates that do not archive it at once. */
    @Test
    void everyOfferingIsCompleteAndRunsAfterTheStacksDemoDayWithEveryKindOfPricing() {
        java.time.Instant demoDay = java.time.Instant.parse("2026-11-23T00:00:00Z");
        Set<String> pricings = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (JsonNode offering : json.path("offerings")) {
            String title = offering.path("titles").path("fi").asText();
            assertThat(titles.add(title)).as("a Finnish title, unique: %s", title).isTrue();
            assertThat(offering.has("title")).as(title).isFalse();
            java.time.Instant starts = java.time.Instant.parse(offering.path("startsAt").asText());
            java.time.Instant ends = java.time.Instant.parse(offering.path("endsAt").asText());
            assertThat(starts).as(title).isAfter(demoDay);
            assertThat(ends).as(title).isAfterOrEqualTo(starts);
            assertThat(texts(offering.path("teachingLanguages"))).as(title).isNotEmpty();
            String mode = offering.path("delivery").path("mode").asText();
            assertThat(mode).as(title).isIn("ONLINE", "ON_SITE", "HYBRID");
            if (!"ONLINE".equals(mode)) {
                assertThat(offering.path("delivery").path("place").asText()).as(title).isNotBlank();
            }
            String kind = offering.path("pricing").path("kind").asText();
            pricings.add(kind);
            if ("PAID".equals(kind)) {
                assertThat(offering.path("pricing").path("priceEur").asDouble()).as(title).isPositive();
            }
            if ("FUNDED".equals(kind)) {
                assertThat(offering.path("capacity").asInt()).as(title).isPositive();
                assertThat(java.time.Instant.parse(offering.path("registrationDeadline").asText())).as(title)
                        .isAfter(demoDay).isBeforeOrEqualTo(starts);
            }
        }
        assertThat(pricings).containsExactlyInAnyOrder("FREE", "PAID", "FUNDED");
    }

    /** The same rule notification-service applies (AlertPolicy), checked against the headline's expectations. */
    @Test
    void theHeadlineNeedReachesExactlyTheOrganisationsItNames() {
        JsonNode need = json.path("headline").path("need");
        Set<String> alerted = new HashSet<>();
        for (JsonNode organisation : json.path("organisations")) {
            if (wouldBeAlerted(organisation, need)) {
                alerted.add(organisation.path("ref").asText());
            }
        }
        assertThat(alerted).containsExactlyInAnyOrderElementsOf(texts(json.path("headline").path("alerted")));
        assertThat(alerted).doesNotContainAnyElementsOf(texts(json.path("headline").path("notAlerted")));
        assertThat(texts(organisation("ita-suomen-yliopisto").path("competenceAreasOffered"))).doesNotContain("medication-safety");
        assertThat(texts(organisation("tamk").path("competenceAreasOffered"))).contains("medication-safety");
        assertThat(organisation("tamk").path("regions").toString()).doesNotContain("\"11\"");
    }

    // ---- the loader

    @Test
    void loadsEverythingOnceWithTheRightTokensAndRemembersIdsAndClients(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        ClientCredentials coordinator = services.knowCoordinatorOf(credentialsFile);

        DemoIds first = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(first.loadedNow()).isTrue();
        assertThat(services.organisations).hasSize(16).noneMatch(o -> o.has("ref"));
        assertThat(services.offerings).hasSize(demo.offeringCount());
        assertThat(services.needs).hasSize(demo.needCount());
        assertThat(services.queries).contains("/api/offerings?publish=true", "/api/needs?publish=true",
                "/api/thesis-topics", "/api/networks");
        // the token endpoint: HTTP Basic client authentication, client credentials grant
        assertThat(services.tokenRequests).isNotEmpty().allSatisfy(request -> {
            assertThat(request.authorization()).startsWith("Basic ");
            assertThat(request.body()).isEqualTo("grant_type=client_credentials");
            assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        });
        assertThat(services.tokenRequests).extracting(TokenRequest::clientId).first().isEqualTo("coordinator");
        // tokens are kept while they are valid: one request per client
        assertThat(services.tokenRequests).extracting(TokenRequest::clientId).doesNotHaveDuplicates();
        // registrations, clients and the recipient directory: the coordinator's token
        assertThat(services.organisationPosts).hasSize(16).allMatch("coordinator"::equals);
        assertThat(services.clientPosts).hasSize(16).allMatch("coordinator"::equals);
        assertThat(services.recipientGets).isNotEmpty().allMatch("coordinator"::equals);
        assertThat(services.organisationGets).containsExactly("coordinator");
        // offerings and needs: a token of their own organisation, and no organisation id in the body
        for (JsonNode offering : json.path("offerings")) {
            String provider = nameOf(offering.path("provider").asText());
            String title = offering.path("titles").path("fi").asText();
            ObjectNode posted = services.find(services.offerings, title);
            assertThat(posted.path("byOrganisation").asText()).as(title)
                    .isEqualTo(first.organisations().get(provider));
            assertThat(posted.has("providerOrganisationId") || posted.has("provider")).isFalse();
        }
        for (JsonNode need : json.path("needs")) {
            String reporter = nameOf(need.path("reportingOrganisation").asText());
            ObjectNode posted = services.find(services.needs, need.path("title").asText());
            assertThat(posted.path("byOrganisation").asText()).isEqualTo(first.organisations().get(reporter));
            assertThat(posted.has("reportingOrganisation")).isFalse();
            assertThat(posted.path("byOrganisation").asText()).isEqualTo(posted.path("reportingOrganisationId").asText());
        }
        // then each need's endorsements and answers, each with a token of its own organisation, and its priority
        // with the coordinator's; each need's totalDemand is its reporter's learners plus every endorser's
        assertThat(services.needCalls).containsExactlyElementsOf(expectedNeedCalls(first));
        for (JsonNode need : json.path("needs")) {
            ObjectNode posted = services.find(services.needs, need.path("title").asText());
            int total = need.path("estimatedLearners").asInt();
            for (JsonNode endorsement : need.path("endorsements")) {
                total += endorsement.path("learners").asInt();
            }
            assertThat(posted.path("totalDemand").asInt()).as(need.path("title").asText()).isEqualTo(total);
            assertThat(posted.path("priorityHistory").size()).isEqualTo(need.has("priority") ? 1 : 0);
            assertThat(posted.path("answers").size()).isEqualTo(need.path("answers").size());
        }
        // thesis topics and networks: a token of their own organisation, remembered by title and name
        assertThat(services.thesisTopics).hasSize(demo.thesisTopicCount());
        assertThat(services.networks).hasSize(demo.networkCount());
        for (JsonNode topic : json.path("thesisTopics")) {
            String title = topic.path("title").asText();
            ObjectNode posted = services.find(services.thesisTopics, title);
            assertThat(posted.path("organisationId").asText()).as(title)
                    .isEqualTo(first.organisations().get(nameOf(topic.path("organisation").asText())));
            assertThat(posted.has("organisation")).as(title).isFalse();
            assertThat(first.thesisTopics()).containsEntry(title, posted.path("id").asText());
        }
        for (JsonNode network : json.path("networks")) {
            String name = network.path("name").asText();
            ObjectNode posted = services.networks.stream().filter(n -> name.equals(n.path("name").asText())).findFirst()
                    .orElseThrow();
            assertThat(posted.path("organisationId").asText()).as(name)
                    .isEqualTo(first.organisations().get(nameOf(network.path("organisation").asText())));
            assertThat(posted.has("organisation")).as(name).isFalse();
            assertThat(first.networks()).containsEntry(name, posted.path("id").asText());
        }
        // pre-registrations: by the organisation's own token, one of them committed
        String funded = first.offerings().get("Ikäihmisten kotihoidon osaamispäivät");
        String nasinranta = first.organisations().get("Hoivakoti Näsinranta Oy (demo)");
        String pirkanmaa = first.organisations().get("Pirkanmaan hyvinvointialue");
        assertThat(services.preRegistrations.get(funded)).containsOnlyKeys(nasinranta, pirkanmaa);
        assertThat(services.preRegistrations.get(funded).get(nasinranta).path("status").asText()).isEqualTo("COMMITTED");
        assertThat(services.preRegistrations.get(funded).get(nasinranta).path("seats").asInt()).isEqualTo(6);
        assertThat(services.preRegistrations.get(funded).get(pirkanmaa).path("status").asText()).isEqualTo("PRE_REGISTERED");
        assertThat(services.preRegistrationCalls).containsExactly(
                "POST /pre-registrations by " + nasinranta, "POST /pre-registrations/mine/commit by " + nasinranta,
                "POST /pre-registrations by " + pirkanmaa);
        assertThat(first.preRegistrations()).containsOnlyKeys(
                DemoIds.preRegistrationKey("Hoivakoti Näsinranta Oy (demo)", "Ikäihmisten kotihoidon osaamispäivät"),
                DemoIds.preRegistrationKey("Pirkanmaan hyvinvointialue", "Ikäihmisten kotihoidon osaamispäivät"));
        assertThat(DemoIds.read(idsFile, mapper, first.credentials())).get().satisfies(read -> {
            assertThat(read.thesisTopics()).isEqualTo(first.thesisTopics());
            assertThat(read.networks()).isEqualTo(first.networks());
            assertThat(read.preRegistrations()).isEqualTo(first.preRegistrations());
        });
        // a system client for every demo organisation, kept beside the coordinator's
        StackCredentials written = StackCredentials.read(credentialsFile).orElseThrow();
        assertThat(written.coordinator()).isEqualTo(coordinator);
        assertThat(written.organisations()).hasSize(16).containsOnlyKeys(first.organisations().keySet());
        written.organisations().forEach((name, client) -> {
            assertThat(services.secrets).containsEntry(client.clientId(), client.clientSecret());
            assertThat(services.organisationOfClient).containsEntry(client.clientId(), first.organisations().get(name));
        });
        assertThat(written.tokenEndpoint()).contains(services.base().resolve("/oauth2/token"));
        assertThat(first.credentials()).isEqualTo(written);
        assertThat(first.coordinatorCredentials()).isEqualTo(coordinator);
        assertThat(first.clientCredentials("Savonia-ammattikorkeakoulu")).isEqualTo(written.organisation("Savonia-ammattikorkeakoulu"));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentialsFile))).isEqualTo("rw-------");
        }
        assertThat(idsFile).isRegularFile();
        assertThat(Files.readString(idsFile)).doesNotContain(coordinator.clientSecret());
        // the demo people: created by the coordinator, logged in once, their own password kept
        assertThat(services.userPosts).hasSize(4).allMatch("coordinator"::equals);
        assertThat(services.users.keySet()).containsExactlyInAnyOrder("koordinaattori@demo.osaava.fi",
                "osaamiskehittaja@pohjois-savo.demo.osaava.fi", "koulutussuunnittelija@savonia.demo.osaava.fi",
                "yrittaja@kotihoito-kallavesi.demo.osaava.fi");
        assertThat(services.users.get("koordinaattori@demo.osaava.fi")).isEqualTo("coordinator [COORDINATOR]");
        assertThat(services.users.get("osaamiskehittaja@pohjois-savo.demo.osaava.fi"))
                .isEqualTo(first.organisations().get("Pohjois-Savon hyvinvointialue") + " [MEMBER]");
        assertThat(written.people()).extracting(PersonCredentials::username, PersonCredentials::organisation,
                PersonCredentials::roles).containsExactly(
                tuple("koordinaattori@demo.osaava.fi", "coordinator", List.of("COORDINATOR")),
                tuple("osaamiskehittaja@pohjois-savo.demo.osaava.fi", "Pohjois-Savon hyvinvointialue", List.of("MEMBER")),
                tuple("koulutussuunnittelija@savonia.demo.osaava.fi", "Savonia-ammattikorkeakoulu", List.of("MEMBER")),
                tuple("yrittaja@kotihoito-kallavesi.demo.osaava.fi", "Kotihoito Kallavesi Oy (demo)", List.of("MEMBER")));
        assertThat(firstLogins).hasSize(4);
        written.people().forEach(person -> assertThat(firstLogins)
                .contains(person.username() + ":" + services.initialPasswords.get(person.username())));
        written.people().forEach(person -> assertThat(person.password())
                .isEqualTo("changed-" + services.initialPasswords.get(person.username())));
        String credentialsAfterFirst = Files.readString(credentialsFile);

        DemoIds second = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(second.loadedNow()).isFalse();
        assertThat(services.organisations).hasSize(16);
        assertThat(services.clientPosts).hasSize(16);
        assertThat(services.userPosts).hasSize(4);
        assertThat(firstLogins).hasSize(4);
        assertThat(second.organisations()).isEqualTo(first.organisations());
        assertThat(second.offerings()).isEqualTo(first.offerings());
        assertThat(second.needs()).isEqualTo(first.needs());
        assertThat(services.needs).hasSize(demo.needCount());
        // each need looked at once, and nothing endorsed, answered or prioritised again
        assertThat(services.needCalls).hasSize(expectedNeedCalls(first).size() + demo.needCount())
                .endsWith(java.util.Collections.nCopies(demo.needCount(), "GET  by coordinator").toArray(String[]::new));
        assertThat(second.thesisTopics()).isEqualTo(first.thesisTopics());
        assertThat(second.networks()).isEqualTo(first.networks());
        assertThat(second.preRegistrations()).isEqualTo(first.preRegistrations());
        assertThat(services.thesisTopics).hasSize(demo.thesisTopicCount());
        assertThat(services.networks).hasSize(demo.networkCount());
        assertThat(services.preRegistrationCalls).hasSize(3);
        assertThat(second.credentials()).isEqualTo(first.credentials());
        assertThat(credentialsFile).hasContent(credentialsAfterFirst);

        ObjectNode headline = demo.headlineNeedRequest(second);
        assertThat(headline.has("reportingOrganisationId")).isFalse();
        assertThat(headline.path("title").asText()).isEqualTo("Lääkehoidon turvallisuus kotihoidossa");
        assertThat(headline.path("competenceAreas").toString()).isEqualTo("[\"medication-safety\"]");
        assertThat(headline.path("estimatedLearners").asInt()).isEqualTo(120);
        assertThat(demo.headlineReporter()).isEqualTo("Pohjois-Savon hyvinvointialue");
        assertThat(demo.headlineAlertedProvider()).isEqualTo("Savonia-ammattikorkeakoulu");
        assertThat(demo.headlineNeedCurl(second, URI.create("http://localhost:8083"), credentialsFile).lines().toList()).containsExactly(
                "TOKEN=$(infra/local-stack/client-token.sh --credentials " + credentialsFile + " 'Pohjois-Savon hyvinvointialue')",
                "curl -sS -X POST 'http://localhost:8083/api/needs?publish=true' \\",
                "  -H \"Authorization: Bearer $TOKEN\" \\",
                "  -H 'Content-Type: application/json' \\",
                "  -d '" + headline + "'");
    }

    /** The banner's lines, pasted into a shell: the token line and the POST publish the need as its reporter. */
    @Test
    void theHeadlineCommandsWorkInAShell(@TempDir Path dataDir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && onPath("curl") && onPath("sed") && onPath("python3"),
                "needs bash, curl, sed and python3");
        services = FakeServices.start(mapper);
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        DemoIds ids = demo.loadIfEmpty(services.endpoints(), dataDir.resolve("demo-ids.json"), credentialsFile);
        int needsBefore = services.needs.size();

        String script = "set -e\n" + demo.headlineNeedCurl(ids, services.base(), credentialsFile) + "\n"
                + DemoData.coordinatorTokenCommand(ids.credentials(), "COORDINATOR_TOKEN", credentialsFile) + "\n"
                + "test -n \"$COORDINATOR_TOKEN\"\n";
        assertThat(script).doesNotContain(ids.credentials().coordinator().clientSecret());
        // the banner's lines are run at the repository root, where infra/local-stack/client-token.sh is
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        Process bash = new ProcessBuilder("/bin/bash", "-c", script).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.waitFor()).as(output).isZero();
        assertThat(services.needs).hasSize(needsBefore + 1);
        ObjectNode posted = services.needs.get(needsBefore);
        assertThat(posted.path("title").asText()).isEqualTo("Lääkehoidon turvallisuus kotihoidossa");
        assertThat(posted.path("byOrganisation").asText()).isEqualTo(ids.organisations().get("Pohjois-Savon hyvinvointialue"));
        assertThat(output).contains("\"id\"");
    }

    @Test
    void failsLoudlyWithStatusAndBody(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        services.failOfferings = true;
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);

        assertThatThrownBy(() -> demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("POST " + services.base() + "/api/offerings?publish=true answered 500")
                .hasMessageContaining("NullPointerException in OfferingController")
                .hasMessageContaining("--reset");
        StackCredentials credentials = StackCredentials.read(credentialsFile).orElseThrow();
        assertThat(DemoIds.read(idsFile, mapper, credentials)).get().satisfies(ids -> assertThat(ids.organisations()).hasSize(16));
        assertThat(credentials.organisations()).hasSize(16);
    }

    @Test
    void aWrongCoordinatorSecretStopsBeforeAnythingIsPosted(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        // a secret membership-service does not know
        new StackCredentials(services.base().resolve("/oauth2/token"),
                new ClientCredentials("coordinator", StackCredentials.generateSecret()), Map.of()).write(credentialsFile);

        assertThatThrownBy(() -> demo.loadIfEmpty(services.endpoints(), dataDir.resolve("demo-ids.json"), credentialsFile))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("could not get a token for the coordinator")
                .hasMessageContaining("answered 401")
                .hasMessageContaining("--reset");
        assertThat(services.organisations).isEmpty();
    }

    @Test
    void withoutTheCoordinatorsCredentialsNothingIsPosted(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path credentialsFile = dataDir.resolve("credentials.json");

        assertThatThrownBy(() -> demo.loadIfEmpty(services.endpoints(), dataDir.resolve("demo-ids.json"), credentialsFile))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining(credentialsFile.toString());
        assertThat(services.tokenRequests).isEmpty();
    }

    @Test
    void organisationsLeftWithoutAClientGetOneOnTheNextStart(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        services.failClientsAfter = 3;

        assertThatThrownBy(() -> demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("/clients answered 503");
        assertThat(StackCredentials.read(credentialsFile).orElseThrow().organisations()).hasSize(3);

        services.failClientsAfter = Integer.MAX_VALUE;
        DemoIds ids = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(ids.loadedNow()).isFalse();
        assertThat(services.organisations).hasSize(16);
        assertThat(ids.credentials().organisations()).hasSize(16);
        assertThat(StackCredentials.read(credentialsFile).orElseThrow()).isEqualTo(ids.credentials());
    }

    @Test
    void aDataDirFromBeforeThereWerePeopleGetsThemOnTheNextStart(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);
        // as an older stack left it: organisations and clients, no people anywhere
        services.users.clear();
        StackCredentials.read(credentialsFile).orElseThrow().withPeople(List.of()).write(credentialsFile);
        int postsBefore = services.userPosts.size();

        DemoIds ids = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(ids.loadedNow()).isFalse();
        assertThat(services.organisations).hasSize(16);
        assertThat(services.userPosts).hasSize(postsBefore + 4);
        assertThat(ids.credentials().people()).hasSize(4);
        assertThat(StackCredentials.read(credentialsFile).orElseThrow()).isEqualTo(ids.credentials());
    }

    @Test
    void aPersonMembershipHasButTheCredentialsLackIsLeftOutWithoutFailingTheStart(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);
        StackCredentials stored = StackCredentials.read(credentialsFile).orElseThrow();
        stored.withPeople(stored.people().subList(1, 4)).write(credentialsFile);

        DemoIds ids = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(ids.credentials().people()).extracting(PersonCredentials::username)
                .containsExactly("osaamiskehittaja@pohjois-savo.demo.osaava.fi", "koulutussuunnittelija@savonia.demo.osaava.fi",
                        "yrittaja@kotihoito-kallavesi.demo.osaava.fi");
        assertThat(services.userPosts).hasSize(5); // four at first, one refused with 409 now
    }

    @Test
    void aDataDirFromBeforeTheCatalogueExtrasGetsOnlyThoseTheCatalogueLacks(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        DemoIds first = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);
        // as an older stack left demo-ids.json (no extras), and a catalogue that lost one network
        ObjectNode old = (ObjectNode) mapper.readTree(idsFile.toFile());
        old.remove(List.of("thesisTopics", "networks", "preRegistrations"));
        Files.writeString(idsFile, old.toString());
        ObjectNode lost = services.networks.remove(0);
        int callsBefore = services.preRegistrationCalls.size();

        DemoIds second = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(second.loadedNow()).isFalse();
        assertThat(services.thesisTopics).hasSize(demo.thesisTopicCount());
        assertThat(second.thesisTopics()).isEqualTo(first.thesisTopics());
        assertThat(services.networks).hasSize(demo.networkCount());
        assertThat(second.networks().get(lost.path("name").asText())).isNotEqualTo(lost.path("id").asText());
        // the same pre-registration again answers 200 with the one there is: nothing booked twice
        assertThat(services.preRegistrationCalls.subList(callsBefore, services.preRegistrationCalls.size()))
                .filteredOn(call -> call.startsWith("POST /pre-registrations by")).hasSize(2);
        assertThat(services.preRegistrations.values().stream().mapToInt(Map::size).sum()).isEqualTo(2);
        assertThat(second.preRegistrations()).isEqualTo(first.preRegistrations());
        assertThat(DemoIds.read(idsFile, mapper, second.credentials())).get()
                .satisfies(read -> assertThat(read.networks()).isEqualTo(second.networks()));

        long catalogueCallsBefore = catalogueExtraCalls();
        DemoIds third = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);
        assertThat(third.networks()).isEqualTo(second.networks());
        assertThat(catalogueExtraCalls()).isEqualTo(catalogueCallsBefore); // remembered: no call about them at all
        assertThat(services.preRegistrationCalls).hasSize(callsBefore + 3);
    }

    @Test
    void aDataDirWithoutTheDemoNeedsIdsFindsThemByTitleAndAddsOnlyWhatTheyLack(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        DemoIds first = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);
        // as an older stack left demo-ids.json (no needs), and one endorsement that was withdrawn meanwhile
        ObjectNode old = (ObjectNode) mapper.readTree(idsFile.toFile());
        old.remove("needs");
        Files.writeString(idsFile, old.toString());
        JsonNode endorsed = json.path("needs").get(0);
        ObjectNode need = services.find(services.needs, endorsed.path("title").asText());
        ((ArrayNode) need.path("endorsements")).remove(0);
        int callsBefore = services.needCalls.size();

        DemoIds second = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(second.needs()).isEqualTo(first.needs());
        assertThat(services.needs).hasSize(demo.needCount());
        String endorser = first.organisations().get(nameOf(endorsed.path("endorsements").get(0).path("organisation").asText()));
        assertThat(services.needCalls.subList(callsBefore, services.needCalls.size()))
                .filteredOn(call -> !call.startsWith("GET ")).containsExactly("PUT /endorsements/mine by " + endorser);
        assertThat(need.path("endorsements").size()).isEqualTo(endorsed.path("endorsements").size());
        assertThat(DemoIds.read(idsFile, mapper, second.credentials())).get()
                .satisfies(read -> assertThat(read.needs()).isEqualTo(first.needs()));
    }

    /** The calls about posted needs a first load makes, in order: look, endorse, answer, prioritise. */
    private List<String> expectedNeedCalls(DemoIds ids) {
        List<String> calls = new ArrayList<>();
        for (JsonNode need : json.path("needs")) {
            calls.add("GET  by coordinator");
            need.path("endorsements").forEach(e -> calls.add("PUT /endorsements/mine by "
                    + ids.organisations().get(nameOf(e.path("organisation").asText()))));
            need.path("answers").forEach(a -> calls.add("POST /answers by "
                    + ids.organisations().get(nameOf(a.path("organisation").asText()))));
            if (need.has("priority")) {
                calls.add("PUT /priority by coordinator");
            }
        }
        return calls;
    }

    private long catalogueExtraCalls() {
        return services.queries.stream().filter(q -> q.startsWith("/api/thesis-topics") || q.startsWith("/api/networks")).count();
    }

    @Test
    void aPreRegistrationTheCatalogueRefusesIsLeftOutWithoutFailingTheLoad(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        services.deadlinePassed = true;
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);

        DemoIds ids = demo.loadIfEmpty(services.endpoints(), dataDir.resolve("demo-ids.json"), credentialsFile);

        assertThat(ids.loadedNow()).isTrue();
        assertThat(ids.preRegistrations()).isEmpty();
        assertThat(ids.thesisTopics()).hasSize(demo.thesisTopicCount());
        assertThat(ids.networks()).hasSize(demo.networkCount());
    }

    /** Thesis topics, networks and pre-registrations: known organisations and codes, the API's fields, demo addresses. */
    @Test
    void thesisTopicsNetworksAndPreRegistrationsReferToKnownOrganisationsAndCodes() {
        Pattern email = Pattern.compile("[a-z0-9.-]+@([a-z0-9-]+\\.)?demo\\.osaava\\.fi");
        List<String> refs = demo.refs();
        Set<String> topicRegions = new HashSet<>();
        Set<String> topicOwnerTypes = new HashSet<>();
        assertThat(demo.thesisTopicCount()).isGreaterThanOrEqualTo(4);
        for (JsonNode topic : json.path("thesisTopics")) {
            String title = topic.path("title").asText();
            String ref = topic.path("organisation").asText();
            assertThat(refs).as(title).contains(ref);
            assertThat(organisation(ref).path("type").asText()).as(title).isIn("WELLBEING_SERVICES_COUNTY", "SERVICE_PRODUCER");
            topicOwnerTypes.add(organisation(ref).path("type").asText());
            assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(topic.path("description").asText()).as(title).isNotBlank();
            assertThat(topic.path("field").asText()).as(title).isIn("NURSING", "HEALTH_CARE", "SOCIAL_SERVICES",
                    "REHABILITATION", "EMERGENCY_CARE", "ORAL_HEALTH", "HEALTH_TECHNOLOGY", "MANAGEMENT", "OTHER");
            assertThat(texts(topic.path("degreeLevels"))).as(title).isNotEmpty().allMatch(Set.of("VOCATIONAL",
                    "UAS_BACHELOR", "UAS_MASTER", "UNIVERSITY_BACHELOR", "UNIVERSITY_MASTER", "DOCTORAL")::contains);
            assertThat(texts(topic.path("competenceAreas"))).as(title).allMatch(AREAS::contains);
            assertThat(texts(topic.path("regions"))).as(title).isNotEmpty().allMatch(REGIONS::contains);
            topicRegions.addAll(texts(topic.path("regions")));
            assertThat(topic.path("language").asText()).as(title).isIn("fi", "sv", "en");
            assertThat(topic.path("contact").path("name").asText()).as(title).isNotBlank();
            assertThat(topic.path("contact").path("email").asText()).as(title).matches(email);
        }
        assertThat(topicRegions).containsExactlyInAnyOrder("11", "06");
        assertThat(topicOwnerTypes).containsExactlyInAnyOrder("WELLBEING_SERVICES_COUNTY", "SERVICE_PRODUCER");
        Set<String> kinds = new HashSet<>();
        assertThat(demo.networkCount()).isGreaterThanOrEqualTo(3);
        for (JsonNode network : json.path("networks")) {
            String name = network.path("name").asText();
            assertThat(refs).as(name).contains(network.path("organisation").asText());
            kinds.add(network.path("kind").asText());
            assertThat(network.path("description").asText()).as(name).isNotBlank();
            assertThat(network.path("howToJoin").asText()).as(name).isNotBlank();
            assertThat(texts(network.path("competenceAreas"))).as(name).isNotEmpty().allMatch(AREAS::contains);
            assertThat(texts(network.path("regions"))).as(name).isNotEmpty().allMatch(REGIONS::contains);
            assertThat(network.path("language").asText()).as(name).isIn("fi", "sv", "en");
            assertThat(network.path("contact").path("email").asText()).as(name).matches(email);
        }
        assertThat(kinds).containsExactlyInAnyOrder("EXPERT", "SUPERVISOR");
        Map<String, Integer> seats = new java.util.HashMap<>();
        boolean anyCommitted = false;
        for (JsonNode preRegistration : json.path("preRegistrations")) {
            String title = preRegistration.path("offering").asText();
            JsonNode offering = null;
            for (JsonNode candidate : json.path("offerings")) {
                if (title.equals(candidate.path("titles").path("fi").asText())) {
                    offering = candidate;
                }
            }
            assertThat(offering).as("an offering titled %s", title).isNotNull();
            assertThat(offering.path("pricing").path("kind").asText()).as(title).isEqualTo("FUNDED");
            assertThat(preRegistration.path("organisation").asText()).as("not the provider")
                    .isIn(refs).isNotEqualTo(offering.path("provider").asText());
            assertThat(preRegistration.path("seats").asInt()).isBetween(1, 1000);
            seats.merge(title, preRegistration.path("seats").asInt(), Integer::sum);
            assertThat(seats.get(title)).as(title).isLessThanOrEqualTo(offering.path("capacity").asInt());
            anyCommitted |= preRegistration.path("commit").asBoolean();
        }
        assertThat(demo.preRegistrationCount()).isBetween(1, 2);
        assertThat(anyCommitted).isTrue();
    }

    // ---- ecosystems, passive members, annual clock and meeting

    @Test
    void everyOrganisationTakesPartInAnEcosystemInTheRingTheSeedGivesIt() {
        Map<String, JsonNode> ecosystems = new java.util.LinkedHashMap<>();
        json.path("ecosystems").forEach(e -> ecosystems.put(e.path("id").asText(), e));
        assertThat(ecosystems).containsOnlyKeys("pohjois-savo", "pirkanmaa");
        assertThat(ecosystems.get("pohjois-savo").path("name").asText()).startsWith("Osaamisen sydän");
        assertThat(ecosystems.get("pohjois-savo").path("coordinator").asText()).isEqualTo("pohjois-savon-hyvinvointialue");
        assertThat(texts(ecosystems.get("pohjois-savo").path("regions"))).containsExactly("11");
        assertThat(ecosystems.get("pirkanmaa").path("coordinator").asText()).isEqualTo("pirkanmaan-hyvinvointialue");
        assertThat(texts(ecosystems.get("pirkanmaa").path("regions"))).containsExactly("06");
        Map<String, Map<String, Set<String>>> rings = new java.util.HashMap<>(); // ecosystem → ring → refs
        for (JsonNode organisation : json.path("organisations")) {
            String ref = organisation.path("ref").asText();
            JsonNode participations = organisation.path("participations");
            assertThat(participations.size()).as(ref).isPositive();
            // the first one is where it is registered, in its ring
            assertThat(participations.get(0).path("ring").asText()).as(ref).isEqualTo(organisation.path("ring").asText());
            for (JsonNode participation : participations) {
                JsonNode ecosystem = ecosystems.get(participation.path("ecosystem").asText());
                assertThat(ecosystem).as(ref + " takes part in a demo ecosystem").isNotNull();
                assertThat(texts(organisation.path("regions"))).as(ref).containsAll(texts(ecosystem.path("regions")));
                rings.computeIfAbsent(ecosystem.path("id").asText(), e -> new java.util.HashMap<>())
                        .computeIfAbsent(participation.path("ring").asText(), r -> new HashSet<>()).add(ref);
            }
        }
        // the seed: the county coordinates; Savonia, Savon ammattiopisto and UEF are the core actors; small
        // producers in the middle ring; Kuopio Health and the unions follow from the outer ring
        assertThat(rings.get("pohjois-savo").get("CORE")).containsExactlyInAnyOrder("pohjois-savon-hyvinvointialue",
                "savonia", "savon-ammattiopisto", "ita-suomen-yliopisto");
        assertThat(rings.get("pohjois-savo").get("MIDDLE")).isNotEmpty()
                .allMatch(ref -> organisation(ref).path("type").asText().equals("SERVICE_PRODUCER"));
        assertThat(rings.get("pohjois-savo").get("OUTER")).containsExactlyInAnyOrder("kuopio-health", "pohjois-savon-sote-liitto");
        // PirSOTE: the county and the region's education organisations
        assertThat(rings.get("pirkanmaa").get("CORE")).containsExactlyInAnyOrder("pirkanmaan-hyvinvointialue",
                "tampereen-yliopisto", "tamk", "takk", "tredu", "sastamalan-koulutuskuntayhtyma");
        assertThat(rings.get("pirkanmaa").get("CORE")).allMatch(ref -> Set.of("WELLBEING_SERVICES_COUNTY", "UNIVERSITY",
                "UNIVERSITY_OF_APPLIED_SCIENCES", "VOCATIONAL_COLLEGE").contains(organisation(ref).path("type").asText()));
    }

    @Test
    void thePassiveMemberIsAFictitiousSmallProducerOfPohjoisSavo() {
        assertThat(json.path("passiveMembers").size()).isEqualTo(1);
        JsonNode member = json.path("passiveMembers").get(0);
        assertThat(member.path("ecosystem").asText()).isEqualTo("pohjois-savo");
        assertThat(member.path("email").asText()).matches("[a-z0-9.-]+@demo\\.osaava\\.fi");
        assertThat(member.path("organisationName").asText()).endsWith("(demo)");
        assertThat(texts(member.path("regions"))).containsExactly("11");
        assertThat(texts(member.path("competenceAreas"))).isNotEmpty().allMatch(AREAS::contains)
                // the headline need must reach exactly the organisations it names
                .noneMatch(area -> area.startsWith("medication"));
        assertThat(texts(member.path("targetGroups"))).allMatch(Set.of("STAFF", "SUPERVISORS")::contains);
        assertThat(member.path("language").asText()).isIn("fi", "sv", "en");
        List<String> emails = new ArrayList<>();
        json.path("organisations").forEach(o -> emails.add(o.path("contactEmail").asText()));
        assertThat(emails).doesNotContain(member.path("email").asText());
    }

    @Test
    void theAnnualClockHasTheSeedsYearWithCoreActorsResponsible() {
        JsonNode clock = json.path("annualClock");
        assertThat(clock.path("ecosystem").asText()).isEqualTo("pohjois-savo");
        Set<String> titles = new HashSet<>();
        int previousMonth = 0;
        for (JsonNode entry : clock.path("entries")) {
            String title = entry.path("title").path("fi").asText();
            assertThat(titles.add(title)).as("unique title " + title).isTrue();
            assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(entry.path("title").path("en").asText()).as(title).isNotBlank();
            assertThat(entry.path("description").asText()).as(title).isNotBlank();
            assertThat(coreActorsOf("pohjois-savo")).as(title).contains(entry.path("responsible").asText());
            JsonNode recurrence = entry.path("recurrence");
            int month = recurrence.path("month").asInt();
            assertThat(month).as(title).isBetween(1, 12).isGreaterThan(previousMonth);
            previousMonth = month;
            // a day every year has (29 February would move), and a range that ends in the same year
            if (recurrence.has("day")) {
                assertThat(java.time.MonthDay.of(month, recurrence.path("day").asInt()).isValidYear(2027)).as(title).isTrue();
            }
            if (recurrence.has("untilMonth")) {
                assertThat(recurrence.path("untilMonth").asInt()).as(title).isBetween(month, 12);
            }
            assertThat(entry.path("remindDaysBefore").asInt()).as(title).isBetween(0, 365);
        }
        assertThat(titles).contains("Osaamistarvekysely", "Priorisointikokous", "Koulutustarjonnan suunnittelu",
                "Ennakointityöpaja");
    }

    @Test
    void theMeetingHasThemesAnAgendaAndACoreActorsProposal() {
        JsonNode meeting = json.path("meeting");
        assertThat(meeting.path("ecosystem").asText()).isEqualTo("pohjois-savo");
        assertThat(meeting.path("title").asText()).isNotBlank().hasSizeLessThanOrEqualTo(200);
        assertThat(meeting.path("weeksAhead").asInt()).isBetween(1, 8);
        assertThat(meeting.path("durationMinutes").asInt()).isPositive();
        assertThat(meeting.path("chair").asText()).isEqualTo("pohjois-savon-hyvinvointialue");
        assertThat(texts(meeting.path("themes"))).isNotEmpty().allMatch(theme -> !theme.isBlank() && theme.length() <= 120);
        assertThat(meeting.path("agendaItems").size()).isPositive();
        meeting.path("agendaItems").forEach(item -> assertThat(item.path("title").asText()).isNotBlank());
        assertThat(meeting.path("proposals").size()).isPositive();
        for (JsonNode proposal : meeting.path("proposals")) {
            // a core actor brings it; the coordinator adds its own items directly
            assertThat(coreActorsOf("pohjois-savo")).contains(proposal.path("organisation").asText());
            assertThat(proposal.path("organisation").asText()).isNotEqualTo(meeting.path("chair").asText());
            assertThat(proposal.path("title").asText()).isNotBlank();
        }
    }

    @Test
    void theMeetingIsOnTheFirstWeekdayThreeWeeksAheadAtNineHelsinkiTime() {
        java.time.LocalTime nine = java.time.LocalTime.of(9, 0);
        // a Saturday three weeks ahead moves to the Monday, in summer time
        assertThat(DemoGovernance.meetingStart(java.time.LocalDate.of(2026, 5, 2), 3, nine))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-05-25T09:00+03:00"));
        // a Wednesday stays, in winter time
        assertThat(DemoGovernance.meetingStart(java.time.LocalDate.of(2026, 11, 25), 3, nine))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-12-16T09:00+02:00"));
    }

    @Test
    void theConfirmationTokenIsReadFromAQuotedPrintableBase64OrPlainMail() {
        String link = "http://localhost:8081/api/passive-members/confirm?token=";
        assertThat(DemoPassiveMembers.confirmationToken("Content-Transfer-Encoding: quoted-printable\r\n\r\nHei=\r\n "
                + link.replace("=", "=3D") + "abc_DEF-=\r\n123\r\n")).contains("abc_DEF-123");
        String body = Base64.getMimeEncoder().encodeToString(("Hei,\n" + link + "tok-1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(DemoPassiveMembers.confirmationToken("Content-Transfer-Encoding: base64\r\n\r\n" + body)).contains("tok-1");
        assertThat(DemoPassiveMembers.confirmationToken("Subject: x\n\n" + link + "plain")).contains("plain");
        assertThat(DemoPassiveMembers.confirmationToken("Subject: x\n\nno link here")).isEmpty();
    }

    @Test
    void ecosystemsAreFoundedAfterTheirCoordinatorsAndEverythingElseOnceOnly(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);

        DemoIds ids = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        // the two counties first, each ecosystem founded right after its coordinator; the rest straight into theirs
        assertThat(services.registeredInto.subList(0, 2)).containsExactly("Pohjois-Savon hyvinvointialue → -",
                "Pirkanmaan hyvinvointialue → -");
        assertThat(services.registeredInto).contains("Savonia-ammattikorkeakoulu → pohjois-savo",
                "Kuopio Health → pohjois-savo", "Tampereen ammattikorkeakoulu → pirkanmaa", "Hoivakoti Näsinranta Oy (demo) → pirkanmaa");
        assertThat(services.ecosystems.keySet()).containsExactlyInAnyOrder("pohjois-savo", "pirkanmaa");
        assertThat(services.ecosystems.get("pohjois-savo").path("coordinatorOrganisationId").asText())
                .isEqualTo(ids.organisations().get("Pohjois-Savon hyvinvointialue"));
        for (JsonNode organisation : json.path("organisations")) {
            JsonNode registered = services.organisation(ids.organisations().get(organisation.path("name").asText())).orElseThrow();
            assertThat(registered.path("participations").toString()).as(organisation.path("name").asText())
                    .contains("\"ecosystemId\":\"" + organisation.path("participations").get(0).path("ecosystem").asText()
                            + "\",\"ring\":\"" + organisation.path("ring").asText() + "\",\"status\":\"ACTIVE\"");
        }
        String member = json.path("passiveMembers").get(0).path("email").asText();
        assertThat(services.passiveMembers.get(member).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(services.membershipCalls).contains("POST /api/ecosystems/pohjois-savo/passive-members by (none)",
                "POST /api/passive-members/confirm by (none)");
        assertThat(services.annualClock.get("pohjois-savo")).hasSize(json.path("annualClock").path("entries").size())
                .allSatisfy(entry -> assertThat(ids.organisations().values())
                        .contains(entry.path("responsibleOrganisationId").asText()));
        assertThat(services.meetings).singleElement().satisfies(meeting -> {
            java.time.OffsetDateTime starts = java.time.OffsetDateTime.parse(meeting.path("startsAt").asText());
            assertThat(starts).isAfter(java.time.OffsetDateTime.now().plusDays(20));
            assertThat(starts.getHour()).isEqualTo(9);
            assertThat(meeting.path("agenda")).hasSize(json.path("meeting").path("agendaItems").size());
            assertThat(meeting.path("proposals")).singleElement().satisfies(proposal -> assertThat(
                    proposal.path("organisationId").asText()).isEqualTo(ids.organisations().get("Savonia-ammattikorkeakoulu")));
            assertThat(meeting.path("chair").path("organisationId").asText())
                    .isEqualTo(ids.organisations().get("Pohjois-Savon hyvinvointialue"));
        });
        int callsBefore = services.membershipCalls.size();

        demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        // everything is there: looked at, nothing posted again
        assertThat(services.membershipCalls.subList(callsBefore, services.membershipCalls.size()))
                .isNotEmpty().allMatch(call -> call.startsWith("GET "));
        assertThat(services.mailboxes.get(member)).hasSize(1);
    }

    @Test
    void aDataDirFromBeforeEcosystemsGetsThemAndEveryOrganisationApprovedInItsRing(@TempDir Path dataDir) throws IOException {
        services = FakeServices.start(mapper);
        Path idsFile = dataDir.resolve("demo-ids.json");
        Path credentialsFile = dataDir.resolve("credentials.json");
        services.knowCoordinatorOf(credentialsFile);
        DemoIds first = demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);
        // as an older membership-service left it: organisations without ecosystems
        services.ecosystems.clear();
        services.organisations.forEach(o -> o.remove("participations"));

        demo.loadIfEmpty(services.endpoints(), idsFile, credentialsFile);

        assertThat(services.ecosystems.keySet()).containsExactlyInAnyOrder("pohjois-savo", "pirkanmaa");
        int coordinators = json.path("ecosystems").size();
        assertThat(services.membershipCalls).filteredOn(call -> call.contains("/applications"))
                .hasSize(demo.organisationCount() - coordinators);
        for (JsonNode organisation : json.path("organisations")) {
            JsonNode registered = services.organisation(first.organisations().get(organisation.path("name").asText())).orElseThrow();
            assertThat(registered.path("participations")).as(organisation.path("name").asText()).singleElement()
                    .satisfies(p -> {
                        assertThat(p.path("status").asText()).isEqualTo("ACTIVE");
                        assertThat(p.path("ring").asText()).isEqualTo(organisation.path("ring").asText());
                    });
        }
    }

    private Set<String> coreActorsOf(String ecosystem) {
        Set<String> core = new HashSet<>();
        for (JsonNode organisation : json.path("organisations")) {
            organisation.path("participations").forEach(p -> {
                if (p.path("ecosystem").asText().equals(ecosystem) && p.path("ring").asText().equals("CORE")) {
                    core.add(organisation.path("ref").asText());
                }
            });
        }
        return core;
    }

    // ---- helpers

    private static boolean wouldBeAlerted(JsonNode organisation, JsonNode need) {
        Set<String> targetGroups = new HashSet<>(texts(organisation.path("targetGroups")));
        if (organisation.path("ref").asText().equals(need.path("reportingOrganisation").asText())
                || !texts(organisation.path("regions")).contains(need.path("region").asText())
                || !(targetGroups.isEmpty() || targetGroups.contains(need.path("targetGroup").asText()))) {
            return false;
        }
        String type = organisation.path("type").asText();
        String field = EDUCATION_PROVIDERS.contains(type) ? "competenceAreasOffered"
                : Set.of("SERVICE_PRODUCER", "NGO").contains(type) ? "competenceAreasOfInterest" : null;
        if (field == null) {
            return false;
        }
        Set<String> areas = new HashSet<>(texts(organisation.path(field)));
        areas.retainAll(texts(need.path("competenceAreas")));
        return !areas.isEmpty();
    }

    private JsonNode organisation(String ref) {
        for (JsonNode organisation : json.path("organisations")) {
            if (organisation.path("ref").asText().equals(ref)) {
                return organisation;
            }
        }
        throw new AssertionError("no organisation " + ref);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Y-tunnus check digit: weights 7,9,10,5,8,4,2; r = sum mod 11; 0 → 0, 1 → invalid, else 11 − r. */
    private static int checkDigit(String sevenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * weights[i];
        }
        int r = sum % 11;
        return r == 0 ? 0 : r == 1 ? -1 : 11 - r;
    }

    private String nameOf(String ref) {
        return organisation(ref).path("name").asText();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    record TokenRequest(String clientId, String authorization, String contentType, String body) {
    }

    /**
     * membership (with its authorization server), catalogue, needs and notification in one tiny HTTP
     * server that checks tokens like the real ones: the coordinator registers organisations, creates
     * clients and reads recipients; offerings and needs belong to the token's organisation.
     */
    private static final class FakeServices {
        final HttpServer server;
        final ObjectMapper mapper;
        final List<ObjectNode> organisations = new CopyOnWriteArrayList<>();
        final List<ObjectNode> offerings = new CopyOnWriteArrayList<>();
        final List<ObjectNode> needs = new CopyOnWriteArrayList<>();
        /** "METHOD /api/needs/{id}/… by organisation id (or coordinator)" of every call about a posted need */
        final List<String> needCalls = new CopyOnWriteArrayList<>();
        final List<ObjectNode> thesisTopics = new CopyOnWriteArrayList<>();
        final List<ObjectNode> networks = new CopyOnWriteArrayList<>();
        /** offering id → organisation id → {id, seats, status} */
        final Map<String, Map<String, ObjectNode>> preRegistrations = new ConcurrentHashMap<>();
        /** "METHOD path by organisation id" of every pre-registration call */
        final List<String> preRegistrationCalls = new CopyOnWriteArrayList<>();
        volatile boolean deadlinePassed;
        final List<String> queries = new CopyOnWriteArrayList<>();
        final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
        /** the client id behind the bearer token of each call */
        final List<String> organisationGets = new CopyOnWriteArrayList<>();
        final List<String> organisationPosts = new CopyOnWriteArrayList<>();
        final List<String> clientPosts = new CopyOnWriteArrayList<>();
        final List<String> recipientGets = new CopyOnWriteArrayList<>();
        final List<String> userPosts = new CopyOnWriteArrayList<>();
        /** username → "organisationId [roles]" */
        final Map<String, String> users = new ConcurrentHashMap<>();
        final Map<String, String> initialPasswords = new ConcurrentHashMap<>();
        final Map<String, String> secrets = new ConcurrentHashMap<>();
        final Map<String, String> organisationOfClient = new ConcurrentHashMap<>();
        final Map<String, String> clientOfToken = new ConcurrentHashMap<>();
        final Map<String, ObjectNode> ecosystems = new ConcurrentHashMap<>();
        final Map<String, ArrayNode> annualClock = new ConcurrentHashMap<>();
        final List<ObjectNode> meetings = new CopyOnWriteArrayList<>();
        /** address → member (with its token) */
        final Map<String, ObjectNode> passiveMembers = new ConcurrentHashMap<>();
        final Map<String, ArrayNode> mailboxes = new ConcurrentHashMap<>();
        /** "METHOD path by client" of every call about ecosystems, passive members and governance */
        final List<String> membershipCalls = new CopyOnWriteArrayList<>();
        /** "organisation name → ecosystem id (or -)" of every registration, in order */
        final List<String> registeredInto = new CopyOnWriteArrayList<>();
        volatile boolean failOfferings;
        volatile int failClientsAfter = Integer.MAX_VALUE;

        private FakeServices(HttpServer server, ObjectMapper mapper) {
            this.server = server;
            this.mapper = mapper;
        }

        static FakeServices start(ObjectMapper mapper) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeServices fake = new FakeServices(server, mapper);
            server.createContext("/oauth2/token", fake::token);
            server.createContext("/api/organisations", fake::organisations);
            server.createContext("/api/offerings", exchange -> {
                if (exchange.getRequestURI().getPath().contains("/pre-registrations")) {
                    fake.preRegistration(exchange);
                } else if (fake.failOfferings) {
                    respond(exchange, 500, "{\"error\":\"NullPointerException in OfferingController\"}");
                } else {
                    fake.ownCollection(exchange, fake.offerings);
                }
            });
            server.createContext("/api/needs", fake::needs);
            server.createContext("/api/ecosystems", fake::ecosystems);
            server.createContext("/api/passive-members/confirm", fake::confirmPassiveMember);
            server.createContext("/api/user/", fake::mails);
            server.createContext("/api/thesis-topics", exchange -> fake.searchable(exchange, fake.thesisTopics));
            server.createContext("/api/networks", exchange -> fake.searchable(exchange, fake.networks));
            server.createContext("/api/recipients", exchange -> {
                Optional<String> caller = fake.caller(exchange);
                fake.recipientGets.add(caller.orElse("(none)"));
                if (fake.refusedUnlessCoordinator(exchange, caller)) {
                    return;
                }
                ArrayNode recipients = mapper.createArrayNode();
                fake.organisations.forEach(o -> recipients.addObject().put("organisationId", o.path("id").asText()));
                respond(exchange, 200, recipients.toString());
            });
            server.start();
            return fake;
        }

        /** Creates the data dir's credentials.json as the stack does at start, and registers its coordinator. */
        ClientCredentials knowCoordinatorOf(Path credentialsFile) {
            ClientCredentials coordinator = StackCredentials.readOrCreate(credentialsFile, base().resolve("/oauth2/token"))
                    .coordinator();
            secrets.put(coordinator.clientId(), coordinator.clientSecret());
            organisationOfClient.put(coordinator.clientId(), "");
            return coordinator;
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        DemoData.Endpoints endpoints() {
            return new DemoData.Endpoints(base(), base(), base(), base(), base());
        }

        ObjectNode find(List<ObjectNode> items, String title) {
            return items.stream().filter(i -> title.equals(i.path("title").asText())
                            || title.equals(i.path("titles").path("fi").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing posted with title " + title));
        }

        private void token(HttpExchange exchange) throws IOException {
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String clientId = "";
            String secret = "";
            if (authorization.startsWith("Basic ")) {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                clientId = URLDecoder.decode(decoded.substring(0, Math.max(colon, 0)), StandardCharsets.UTF_8);
                secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            }
            tokenRequests.add(new TokenRequest(clientId, authorization,
                    String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")), body));
            if (!"POST".equals(exchange.getRequestMethod()) || !body.equals("grant_type=client_credentials")) {
                respond(exchange, 400, "{\"error\":\"invalid_request\"}");
            } else if (!secret.equals(secrets.get(clientId))) {
                respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            } else {
                String token = UUID.randomUUID().toString();
                clientOfToken.put(token, clientId);
                respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":899}");
            }
        }

        private void organisations(HttpExchange exchange) throws IOException {
            queries.add(exchange.getRequestURI().toString());
            String path = exchange.getRequestURI().getPath();
            Optional<String> caller = caller(exchange);
            if (path.equals("/api/organisations") && "GET".equals(exchange.getRequestMethod())) {
                organisationGets.add(caller.orElse("(none)"));
                respond(exchange, 200, mapper.valueToTree(organisations).toString());
                return;
            }
            if (path.equals("/api/organisations")) {
                organisationPosts.add(caller.orElse("(none)"));
                if (refusedUnlessCoordinator(exchange, caller)) {
                    return;
                }
                ObjectNode item = (ObjectNode) mapper.readTree(exchange.getRequestBody());
                item.put("id", UUID.randomUUID().toString());
                JsonNode ecosystemId = item.remove("ecosystemId");
                registeredInto.add(item.path("name").asText() + " → " + (ecosystemId == null ? "-" : ecosystemId.asText()));
                if (ecosystemId != null) {
                    if (!ecosystems.containsKey(ecosystemId.asText())) {
                        respond(exchange, 400, "{\"title\":\"ecosystemId is not an ecosystem\"}");
                        return;
                    }
                    item.putArray("participations").addObject().put("ecosystemId", ecosystemId.asText())
                            .put("ring", item.path("ring").asText()).put("status", "ACTIVE");
                }
                organisations.add(item);
                respond(exchange, 201, item.toString());
                return;
            }
            String[] parts = path.split("/"); // "", api, organisations, {id}, clients
            if (parts.length == 5 && parts[4].equals("clients") && "POST".equals(exchange.getRequestMethod())) {
                clientPosts.add(caller.orElse("(none)"));
                if (refusedUnlessCoordinator(exchange, caller)) {
                    return;
                }
                if (organisations.stream().noneMatch(o -> parts[3].equals(o.path("id").asText()))) {
                    respond(exchange, 404, "{\"title\":\"Not Found\"}");
                    return;
                }
                if (organisationOfClient.size() - 1 >= failClientsAfter) {
                    respond(exchange, 503, "{\"title\":\"Service Unavailable\"}");
                    return;
                }
                String clientId = "client-" + UUID.randomUUID();
                String secret = StackCredentials.generateSecret();
                secrets.put(clientId, secret);
                organisationOfClient.put(clientId, parts[3]);
                ObjectNode created = mapper.createObjectNode().put("clientId", clientId).put("clientSecret", secret)
                        .put("organisationId", parts[3]);
                created.putArray("roles").add("SYSTEM").add("MEMBER");
                respond(exchange, 201, created.toString());
                return;
            }
            if (parts.length == 5 && parts[4].equals("users") && "POST".equals(exchange.getRequestMethod())) {
                userPosts.add(caller.orElse("(none)"));
                if (refusedUnlessCoordinator(exchange, caller)) {
                    return;
                }
                if (!parts[3].equals("coordinator") && organisations.stream().noneMatch(o -> parts[3].equals(o.path("id").asText()))) {
                    respond(exchange, 404, "{\"title\":\"Not Found\"}");
                    return;
                }
                JsonNode body = mapper.readTree(exchange.getRequestBody());
                String username = body.path("email").asText().toLowerCase(java.util.Locale.ROOT);
                if (users.putIfAbsent(username, parts[3] + " " + texts(body.path("roles"))) != null) {
                    respond(exchange, 409, "{\"title\":\"Conflict\"}");
                    return;
                }
                String initial = StackCredentials.generateSecret();
                initialPasswords.put(username, initial);
                respond(exchange, 201, mapper.createObjectNode().put("username", username).put("initialPassword", initial)
                        .toString());
                return;
            }
            respond(exchange, 404, "{}");
        }

        /** Offerings and needs: posted by an organisation's client, which the item then belongs to. */
        private void ownCollection(HttpExchange exchange, List<ObjectNode> items) throws IOException {
            queries.add(exchange.getRequestURI().toString());
            if ("GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 200, mapper.valueToTree(items).toString());
                return;
            }
            Optional<String> caller = caller(exchange);
            if (caller.isEmpty()) {
                respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
                return;
            }
            String organisation = organisationOfClient.getOrDefault(caller.get(), "");
            if (organisation.isEmpty()) {
                respond(exchange, 403, "{\"title\":\"Forbidden\"}");
                return;
            }
            ObjectNode item = (ObjectNode) mapper.readTree(exchange.getRequestBody());
            item.put("id", UUID.randomUUID().toString());
            item.put("byOrganisation", organisation);
            items.add(item);
            respond(exchange, 201, item.toString());
        }

        /**
         * Needs as needs-service answers them: posted and listed like an own collection ({@code
         * ?reportingOrganisationId=} filters); a need's endorsements (one per organisation, not the
         * reporter's), answers (one per organisation and kind) and priority (the coordinator's, with history).
         */
        private void needs(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/"); // "", api, needs[, {id}[, endorsements, mine | answers | priority]]
            if (parts.length == 3 && "GET".equals(exchange.getRequestMethod())) {
                queries.add(exchange.getRequestURI().toString());
                String query = String.valueOf(exchange.getRequestURI().getRawQuery());
                ArrayNode listed = mapper.createArrayNode();
                needs.stream().filter(n -> !query.contains("reportingOrganisationId=")
                        || query.contains("reportingOrganisationId=" + n.path("reportingOrganisationId").asText()))
                        .forEach(listed::add);
                respond(exchange, 200, listed.toString());
                return;
            }
            if (parts.length == 3) {
                int before = needs.size();
                ownCollection(exchange, needs);
                if (needs.size() == before) {
                    return;
                }
                ObjectNode posted = needs.get(before);
                posted.put("reportingOrganisationId", posted.path("byOrganisation").asText())
                        .put("totalDemand", posted.path("estimatedLearners").asInt()).put("status", "PUBLISHED");
                posted.putArray("endorsements");
                posted.putArray("answers");
                posted.putArray("priorityHistory");
                return;
            }
            Optional<String> caller = caller(exchange);
            String organisation = caller.map(c -> organisationOfClient.getOrDefault(c, "")).orElse("");
            needCalls.add(exchange.getRequestMethod() + " " + path.substring(path.indexOf(parts[3]) + parts[3].length())
                    + " by " + (organisation.isEmpty() ? caller.orElse("(none)") : organisation));
            Optional<ObjectNode> need = needs.stream().filter(n -> parts[3].equals(n.path("id").asText())).findFirst();
            if (caller.isEmpty()) {
                respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
            } else if (need.isEmpty()) {
                respond(exchange, 404, "{\"title\":\"Not Found\"}");
            } else if (parts.length == 4 && "GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 200, need.get().toString());
            } else if (parts.length == 5 && parts[4].equals("priority") && "PUT".equals(exchange.getRequestMethod())) {
                if (!refusedUnlessCoordinator(exchange, caller)) {
                    JsonNode body = mapper.readTree(exchange.getRequestBody());
                    need.get().set("priority", body.path("priority"));
                    ((ArrayNode) need.get().path("priorityHistory")).add(body);
                    respond(exchange, 200, need.get().toString());
                }
            } else if (organisation.isEmpty()) {
                respond(exchange, 403, "{\"title\":\"Forbidden\"}");
            } else if (organisation.equals(need.get().path("reportingOrganisationId").asText())) {
                respond(exchange, 409, "{\"title\":\"Conflict\"}");
            } else if (parts.length == 6 && parts[4].equals("endorsements") && "PUT".equals(exchange.getRequestMethod())) {
                ObjectNode endorsement = ((ObjectNode) mapper.readTree(exchange.getRequestBody())).put("organisationId", organisation);
                replace((ArrayNode) need.get().path("endorsements"), endorsement, "organisationId");
                int total = need.get().path("estimatedLearners").asInt();
                for (JsonNode e : need.get().path("endorsements")) {
                    total += e.path("learners").asInt();
                }
                need.get().put("totalDemand", total);
                respond(exchange, 200, need.get().toString());
            } else if (parts.length == 5 && parts[4].equals("answers") && "POST".equals(exchange.getRequestMethod())) {
                ObjectNode answer = ((ObjectNode) mapper.readTree(exchange.getRequestBody())).put("organisationId", organisation);
                replace((ArrayNode) need.get().path("answers"), answer, "organisationId", "kind");
                respond(exchange, 200, answer.toString());
            } else {
                respond(exchange, 404, "{}");
            }
        }

        /** Puts {@code item} into {@code items} in place of the one with the same values of {@code keys}. */
        private static void replace(ArrayNode items, ObjectNode item, String... keys) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode existing = items.get(i);
                if (java.util.Arrays.stream(keys).allMatch(k -> existing.path(k).equals(item.path(k)))) {
                    items.remove(i);
                    break;
                }
            }
            items.add(item);
        }

        /**
         * Thesis topics and networks: posted by an organisation's client ({@code organisationId} from the token);
         * GET answers a page {@code {items, total}}, filtered by {@code organisationId}, contacts only with a token.
         */
        private void searchable(HttpExchange exchange, List<ObjectNode> items) throws IOException {
            queries.add(exchange.getRequestURI().toString());
            Optional<String> caller = caller(exchange);
            if ("GET".equals(exchange.getRequestMethod())) {
                String query = String.valueOf(exchange.getRequestURI().getRawQuery());
                ObjectNode page = mapper.createObjectNode();
                ArrayNode shown = page.putArray("items");
                for (ObjectNode item : items) {
                    if (query.contains("organisationId=") && !query.contains("organisationId=" + item.path("organisationId").asText())) {
                        continue;
                    }
                    ObjectNode copy = item.deepCopy();
                    if (caller.isEmpty()) {
                        copy.remove("contact");
                    }
                    shown.add(copy);
                }
                page.put("total", shown.size());
                respond(exchange, 200, page.toString());
                return;
            }
            if (caller.isEmpty()) {
                respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
                return;
            }
            String organisation = organisationOfClient.getOrDefault(caller.get(), "");
            if (organisation.isEmpty()) {
                respond(exchange, 403, "{\"title\":\"Forbidden\"}");
                return;
            }
            ObjectNode item = (ObjectNode) mapper.readTree(exchange.getRequestBody());
            item.put("id", UUID.randomUUID().toString());
            item.put("organisationId", organisation);
            items.add(item);
            respond(exchange, 201, item.toString());
        }

        /** {@code POST …/pre-registrations {seats}} and {@code POST …/pre-registrations/mine/commit} as catalogue-service answers them. */
        private void preRegistration(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/"); // "", api, offerings, {id}, pre-registrations[, mine, commit]
            Optional<String> caller = caller(exchange);
            String organisation = caller.map(c -> organisationOfClient.getOrDefault(c, "")).orElse("");
            preRegistrationCalls.add(exchange.getRequestMethod() + " " + path.substring(path.indexOf("/pre-registrations"))
                    + " by " + organisation);
            if (caller.isEmpty()) {
                respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
                return;
            }
            Optional<ObjectNode> offering = offerings.stream().filter(o -> parts[3].equals(o.path("id").asText())).findFirst();
            if (offering.isEmpty()) {
                respond(exchange, 404, "{\"title\":\"Not Found\"}");
                return;
            }
            if (organisation.isEmpty() || organisation.equals(offering.get().path("byOrganisation").asText())) {
                respond(exchange, 403, "{\"title\":\"Forbidden\"}");
                return;
            }
            if (!"FUNDED".equals(offering.get().path("pricing").path("kind").asText()) || deadlinePassed) {
                respond(exchange, 409, "{\"title\":\"Conflict\"}");
                return;
            }
            Map<String, ObjectNode> ledger = preRegistrations.computeIfAbsent(parts[3], id -> new ConcurrentHashMap<>());
            ObjectNode mine = ledger.get(organisation);
            if (parts.length == 5 && "POST".equals(exchange.getRequestMethod())) {
                int seats = mapper.readTree(exchange.getRequestBody()).path("seats").asInt();
                if (mine != null) {
                    respond(exchange, mine.path("seats").asInt() == seats ? 200 : 409, mine.toString());
                    return;
                }
                mine = mapper.createObjectNode().put("id", UUID.randomUUID().toString()).put("seats", seats)
                        .put("status", "PRE_REGISTERED").put("organisationId", organisation);
                ledger.put(organisation, mine);
                respond(exchange, 201, mine.toString());
                return;
            }
            if (parts.length == 7 && parts[6].equals("commit") && "POST".equals(exchange.getRequestMethod()) && mine != null) {
                mine.put("status", "COMMITTED");
                respond(exchange, 200, mine.toString());
                return;
            }
            respond(exchange, 404, "{}");
        }

        // ---- membership-service's ecosystems, passive members and governance; the mail sink's API

        private void ecosystems(HttpExchange exchange) throws IOException {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Optional<String> caller = caller(exchange);
            membershipCalls.add(method + " " + path + " by " + caller.orElse("(none)"));
            String[] parts = path.split("/"); // "", api, ecosystems, {id}, {sub}, {subId}, {action}
            boolean post = "POST".equals(method);
            if (parts.length == 3 && post) {
                if (refusedUnlessCoordinator(exchange, caller)) {
                    return;
                }
                ObjectNode body = (ObjectNode) mapper.readTree(exchange.getRequestBody());
                Optional<ObjectNode> coordinator = organisation(body.path("coordinatorOrganisationId").asText());
                if (coordinator.isEmpty() || ecosystems.containsKey(body.path("id").asText())) {
                    respond(exchange, coordinator.isEmpty() ? 400 : 409, "{}");
                    return;
                }
                ecosystems.put(body.path("id").asText(), body);
                participations(coordinator.get()).addObject().put("ecosystemId", body.path("id").asText())
                        .put("ring", "CORE").put("status", "ACTIVE");
                respond(exchange, 201, body.toString());
                return;
            }
            if (parts.length < 4 || !ecosystems.containsKey(parts[3])) {
                respond(exchange, 404, "{}");
                return;
            }
            String ecosystem = parts[3];
            String sub = parts.length > 4 ? parts[4] : "";
            if (parts.length == 4) {
                respond(exchange, 200, ecosystems.get(ecosystem).toString());
            } else if (sub.equals("applications") && post) {
                JsonNode body = mapper.readTree(exchange.getRequestBody());
                organisations.stream().filter(o -> o.path("businessId").asText().equals(body.path("businessId").asText()))
                        .findFirst().ifPresent(o -> participations(o).addObject().put("ecosystemId", ecosystem)
                                .put("ring", body.path("requestedRing").asText()).put("status", "APPLIED"));
                respond(exchange, 202, "");
            } else if (sub.equals("participations") && parts.length == 7 && parts[6].equals("approve")) {
                if (refusedUnlessCoordinator(exchange, caller)) {
                    return;
                }
                JsonNode body = mapper.readTree(exchange.getRequestBody());
                ObjectNode participation = null;
                for (JsonNode p : organisation(parts[5]).map(this::participations).orElseGet(mapper::createArrayNode)) {
                    if (p.path("ecosystemId").asText().equals(ecosystem) && p.path("status").asText().equals("APPLIED")) {
                        participation = (ObjectNode) p;
                    }
                }
                if (participation == null) {
                    respond(exchange, 409, "{}");
                    return;
                }
                participation.put("status", "ACTIVE").put("ring", body.path("ring").asText());
                respond(exchange, 200, organisation(parts[5]).orElseThrow().toString());
            } else if (sub.equals("annual-clock") && parts.length == 6 && parts[5].equals("entries")) {
                ArrayNode entries = annualClock.computeIfAbsent(ecosystem, e -> mapper.createArrayNode());
                if (post) {
                    if (refusedUnlessCoordinator(exchange, caller)) {
                        return;
                    }
                    ObjectNode entry = (ObjectNode) mapper.readTree(exchange.getRequestBody());
                    entries.add(entry.put("entryId", UUID.randomUUID().toString()));
                    respond(exchange, 201, entry.toString());
                } else {
                    respond(exchange, 200, entries.toString());
                }
            } else if (sub.equals("meetings") && parts.length == 5) {
                if (post) {
                    if (refusedUnlessCoordinator(exchange, caller)) {
                        return;
                    }
                    ObjectNode meeting = (ObjectNode) mapper.readTree(exchange.getRequestBody());
                    meeting.put("meetingId", UUID.randomUUID().toString()).put("status", "SCHEDULED");
                    meeting.putArray("agenda");
                    meeting.putArray("proposals");
                    meetings.add(meeting);
                    respond(exchange, 201, meeting.toString());
                } else {
                    respond(exchange, 200, mapper.valueToTree(meetings).toString());
                }
            } else if (sub.equals("meetings") && parts.length == 7 && post) {
                ObjectNode meeting = meetings.stream().filter(m -> m.path("meetingId").asText().equals(parts[5])).findFirst()
                        .orElseThrow();
                ObjectNode item = (ObjectNode) mapper.readTree(exchange.getRequestBody());
                if (parts[6].equals("agenda-items")) {
                    if (refusedUnlessCoordinator(exchange, caller)) {
                        return;
                    }
                    ((ArrayNode) meeting.path("agenda")).add(item);
                } else {
                    String proposer = caller.map(organisationOfClient::get).orElse("");
                    boolean core = organisation(proposer).map(o -> participations(o).toString()
                            .contains("{\"ecosystemId\":\"" + ecosystem + "\",\"ring\":\"CORE\",\"status\":\"ACTIVE\"}"))
                            .orElse(false);
                    if (!core) {
                        respond(exchange, 403, "{}");
                        return;
                    }
                    ((ArrayNode) meeting.path("proposals")).add(item.put("organisationId", proposer));
                }
                respond(exchange, 201, item.toString());
            } else if (sub.equals("passive-members") && parts.length == 5) {
                if (post) {
                    ObjectNode member = (ObjectNode) mapper.readTree(exchange.getRequestBody());
                    String email = member.path("email").asText();
                    if (!"ACTIVE".equals(passiveMembers.getOrDefault(email, member).path("status").asText())) {
                        String token = UUID.randomUUID().toString().replace("-", "_");
                        passiveMembers.put(email, member.put("status", "PENDING").put("token", token));
                        // quoted-printable, as a Finnish mail goes out: '=' is "=3D" and long lines break with a soft "="
                        mailboxes.computeIfAbsent(email, e -> mapper.createArrayNode()).addObject()
                                .put("subject", "Vahvista tilauksesi").put("mimeMessage", "Subject: Vahvista tilauksesi\r\n"
                                        + "Content-Transfer-Encoding: quoted-printable\r\n\r\nVahvista tilaus avaamalla linkki ja p=C3=A4=\r\n"
                                        + "in: " + base() + "/api/passive-members/confirm?token=3D" + token.substring(0, 10) + "=\r\n"
                                        + token.substring(10) + "\r\n");
                    }
                    respond(exchange, 202, "");
                } else {
                    if (refusedUnlessCoordinator(exchange, caller)) {
                        return;
                    }
                    ArrayNode list = mapper.createArrayNode();
                    passiveMembers.values().forEach(m -> list.addObject().put("status", m.path("status").asText())
                            .put("email", "ACTIVE".equals(m.path("status").asText()) ? m.path("email").asText() : null));
                    respond(exchange, 200, list.toString());
                }
            } else {
                respond(exchange, 404, "{}");
            }
        }

        private void confirmPassiveMember(HttpExchange exchange) throws IOException {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            membershipCalls.add(exchange.getRequestMethod() + " /api/passive-members/confirm by " + caller(exchange).orElse("(none)"));
            for (ObjectNode member : passiveMembers.values()) {
                if ("POST".equals(exchange.getRequestMethod()) && query.equals("token=" + member.path("token").asText())) {
                    member.put("status", "ACTIVE");
                    respond(exchange, 200, "<html>confirmed</html>");
                    return;
                }
            }
            respond(exchange, 400, "<html>unknown</html>");
        }

        private void mails(HttpExchange exchange) throws IOException {
            String email = URLDecoder.decode(exchange.getRequestURI().getPath().split("/")[3], StandardCharsets.UTF_8);
            ArrayNode mails = mailboxes.get(email);
            respond(exchange, mails == null ? 400 : 200, mails == null ? "{\"message\":\"User not found\"}" : mails.toString());
        }

        Optional<ObjectNode> organisation(String id) {
            return organisations.stream().filter(o -> id.equals(o.path("id").asText())).findFirst();
        }

        ArrayNode participations(ObjectNode organisation) {
            return organisation.has("participations") ? (ArrayNode) organisation.get("participations")
                    : organisation.putArray("participations");
        }

        /** The client whose bearer token the request carries. */
        private Optional<String> caller(HttpExchange exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return Optional.empty();
            }
            return Optional.ofNullable(clientOfToken.get(authorization.substring(7)));
        }

        private boolean refusedUnlessCoordinator(HttpExchange exchange, Optional<String> caller) throws IOException {
            if (caller.isEmpty()) {
                respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
                return true;
            }
            if (!"coordinator".equals(caller.get())) {
                respond(exchange, 403, "{\"title\":\"Forbidden\"}");
                return true;
            }
            return false;
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
